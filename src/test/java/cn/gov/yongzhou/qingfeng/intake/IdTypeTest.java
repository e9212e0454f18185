package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdTypeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(nullValues = "ok", value = {
            "RESIDENT_ID, 11010519491231002X, ok",
            "RESIDENT_ID, 110105194912310021, error.idNumber.checksum",
            "HK_MACAO_PERMIT, H12345678, ok",
            "HK_MACAO_PERMIT, M1234567890, ok",
            "HK_MACAO_PERMIT, h 1234 5678, ok",
            "HK_MACAO_PERMIT, A12345678, error.idNumber.HK_MACAO_PERMIT",
            "TAIWAN_PERMIT, 12345678, ok",
            "TAIWAN_PERMIT, 1234567, error.idNumber.TAIWAN_PERMIT",
            "FOREIGN_PERMANENT_RESIDENT, USA123456789012, ok",
            "FOREIGN_PERMANENT_RESIDENT, 93110019900101123X, error.idNumber.checksum",
            "FOREIGN_PERMANENT_RESIDENT, 12345, error.idNumber.FOREIGN_PERMANENT_RESIDENT",
            "PASSPORT, E12345678, ok",
            "PASSPORT, 533380006, ok",
            "PASSPORT, ABCDEFG, error.idNumber.PASSPORT",
            "PASSPORT, E1, error.idNumber.PASSPORT",
    })
    void shouldCheckEachDocumentByItsOwnFormat(IdType type, String typed, String problem) {
        assertEquals(problem, type.problem(type.normalize(typed), TODAY));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "13912345678, 13912345678",
            "+86 139 1234 5678, 13912345678",
            "0746-8221234, 0746-8221234",
            "(0746) 822 1234, 0746-8221234",
            "010-12345678, none",
            "010-62345678, 010-62345678",
            "07468221234, 0746-8221234",
            "0746-8221234-806, 0746-8221234-806",
            "0746-8221234转806, 0746-8221234-806",
            "+86 746 8221234, 0746-8221234",
            "8221234, none",
            "12345, none",
    })
    void shouldTakeAMobileOrALandlineWithItsAreaCode(String typed, String stored) {
        assertEquals(stored, PhoneNumber.normalize(typed));
    }

    @org.junit.jupiter.api.Test
    void shouldIndexOtherDocumentsWithTheirTypeAndTheResidentIdAsBefore() {
        assertEquals("11010519491231002X", IdType.RESIDENT_ID.indexed("11010519491231002X"));
        assertEquals("PASSPORT:E12345678", IdType.PASSPORT.indexed("E12345678"));
    }
}
