package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "VALID", value = {
            // valid numbers, check digits computed by hand with the GB 11643 weights
            "11010519491231002X, VALID", // the standard's own example, X check character
            "11010519491231002x, VALID", // a lower-case x is accepted and normalised
            "431102199001011239, VALID", // 零陵区 region code, born 1990-01-01
            "430602200002290016, VALID", // 29 February of a leap year
            "431121202611250011, VALID", // born today
            // wrong check character
            "110105194912310021, CHECKSUM",
            "431102199001011238, CHECKSUM",
            // impossible birth dates
            "431102199002301234, BIRTH_DATE", // 30 February
            "430602190002290012, BIRTH_DATE", // 1900 was not a leap year
            "431121202611260011, BIRTH_DATE", // born tomorrow
            "431102199013011231, BIRTH_DATE", // month 13
            // not a province
            "991102199001011235, REGION",
            "001102199001011235, REGION",
            // shape
            "43110219900101123, FORMAT", // 17 characters
            "4311021990010112377, FORMAT", // 19 characters
            "43110219900101123A, FORMAT", // letter other than X
            "X31102199001011237, FORMAT",
            "'', FORMAT"
    })
    void checksTheNumberLikeTheStandard(String number, ResidentIdNumber.Problem expected) {
        assertEquals(expected, ResidentIdNumber.check(number, TODAY));
    }
}
