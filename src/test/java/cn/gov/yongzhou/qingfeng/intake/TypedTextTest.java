package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What phones type and paste comes out as the number the citizen meant. */
class TypedTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "13912345678|13912345678",
            "139 1234 5678|13912345678",
            "139-1234-5678|13912345678",
            "+86 139 1234 5678|13912345678",
            "(+86)13912345678|13912345678",
            "008613912345678|13912345678",
            "8613912345678|13912345678",
            "１３９１２３４５６７８|13912345678", // full-width digits
            "139\u30001234\u00a05678|13912345678", // ideographic and no-break spaces
            "\u202a13912345678\u202c|13912345678", // direction marks copied from a contact card
            "0746-1234567|07461234567" // a landline stays a landline (and fails the mobile check)
    })
    void shouldReadAMobileNumberAsTyped(String typed, String expected) {
        assertEquals(expected, TypedText.mobile(typed));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "４３１１０２１９９００１０１１２３９|431102199001011239",
            "43110219900101123ｘ|43110219900101123X",
            "431102 19900101 1239|431102199001011239",
            " 11010519491231002x |11010519491231002X"
    })
    void shouldReadAnIdNumberAsTyped(String typed, String expected) {
        assertEquals(expected, ResidentIdNumber.normalize(typed));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "abcd-efgh-23|ABCDEFGH23",
            "ＡＢＣＤ ＥＦＧＨ ２３|ABCDEFGH23",
            "yz261125k7m3qp|YZ261125K7M3QP"
    })
    void shouldReadReceiptsAndPasswordsAsTyped(String typed, String expected) {
        assertEquals(expected, ReceiptCodes.normalize(typed));
    }
}
