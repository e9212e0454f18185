package cn.gov.yongzhou.qingfeng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typical-case check finds a name or number however the draft writes it, and not where it is not. */
class MentionsTest {

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            上官婉儿           | 举报人上官\u200b婉儿反映                      | true
            上官婉儿           | 举报人上官 婉儿反映                            | true
            上官婉儿           | 举报人上官\u00a0婉儿反映                       | true
            上官婉儿           | 举报人上官\u2060婉儿\ufeff反映                 | true
            诸葛明月           | 工作人员诸葛·明月在窗口                        | true
            诸葛·明月          | 工作人员诸葛明月在窗口                         | true
            诸葛明月           | 工作人员诸葛・明月在窗口                       | true
            Wang.Li@Example.CN | 来信邮箱 WANG.LI@EXAMPLE.CN                   | true
            wangli@example.cn  | 来信邮箱 ｗａｎｇｌｉ＠ｅｘａｍｐｌｅ．ｃｎ      | true
            上官婉儿           | 工作人员上官某在窗口                           | false
            欧阳明远           | 欧阳某与明远路的商户                           | false
            """)
    void shouldFindWordsHoweverWritten(String value, String text, boolean found) {
        assertEquals(found, Mentions.in(text).word(value));
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            13931136478        | 联系电话139 3113 6478                         | true
            13931136478        | 联系电话139-3113-6478                         | true
            13931136478        | 联系电话+86 13931136478                       | true
            13931136478        | 联系电话１３９３１１３６４７８                   | true
            13931136478        | 联系电话一三九三一一三六四七八                   | true
            13931136478        | 联系电话139\u200b3113\u200b6478                | true
            43112419900101123X | 身份证号431124 19900101 123x                  | true
            43112419900101123X | 身份证号 4311 2419 9001 0112 3X               | true
            43112419900101123X | 身份证号４３１１２４１９９００１０１１２３Ｘ     | true
            13931136478        | 2026年3月9日，处理3人                           | false
            13931136478        | 联系电话139 3113 ****                          | false
            """)
    void shouldFindNumbersHoweverWritten(String value, String text, boolean found) {
        assertEquals(found, Mentions.in(text).number(value));
    }
}
