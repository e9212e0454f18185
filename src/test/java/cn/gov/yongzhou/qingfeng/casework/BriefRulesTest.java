package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a 交办 summary may say: never the reporter, a clock time, or the reporter's own words. */
class BriefRulesTest {

    static final BriefRules.Source SOURCE = new BriefRules.Source(
            "办理不动产登记时，工作人员说材料不全，暗示“懂规矩”就能当天办好，我没有给，被要求下周再来。",
            "端木清扬", "431102198501011234", "13907461234", "duanmu@example.cn", java.util.List.of("欧阳经办", "诸葛外婆"));

    static final String ALLEGED = "反映窗口工作人员以材料不全为由暗示办事群众给予好处。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                 | field    | text                                                    | error
            a summary in the inspector's own words | alleged  | 反映窗口工作人员以材料不全为由暗示办事群众给予好处。                       | -
            nothing written                        | alleged  | '  '                                                    | brief.error.required
            the reporter's name                    | alleged  | 端木清扬反映窗口工作人员暗示给予好处。                                  | brief.error.reporter
            the reporter's name, spaced out        | toVerify | 请联系端木 清扬核实。                                             | brief.error.reporter
            the reporter's phone                   | toVerify | 可致电13907461234了解情况。                                    | brief.error.reporter
            the reporter's email, other case       | toVerify | 联系 DUANMU@example.cn                                     | brief.error.reporter
            a unit's 经办人                          | toVerify | 请联系欧阳经办核实。                                             | brief.error.reporter
            the person reported for                | alleged  | 诸葛外婆反映窗口工作人员暗示给予好处。                                  | brief.error.reporter
            a clock time                           | period   | 2026年11月20日10:30                                         | brief.error.clockTime
            a clock time, full-width colon         | period   | 11月20日 10：30                                            | brief.error.clockTime
            a clock time in words                  | period   | 11月20日上午10点                                            | brief.error.clockTime
            half past                              | period   | 11月20日十点半前后，10点半                                        | brief.error.clockTime
            a rough time                           | period   | 2026年11月下旬                                             | -
            copying the report                     | alleged  | 工作人员说材料不全，暗示“懂规矩”就能当天办好。                             | brief.error.verbatim
            a short quotation is fine              | alleged  | 反映工作人员暗示“懂规矩”。                                        | -
            too long                               | place    | -                                                       | brief.error.tooLong
            """)
    void shouldCheckWhatTheSummarySays(String description, String field, String text, String error) {
        String value = text == null ? "窗".repeat(BriefRules.MAX_PLACE + 1) : text;
        BriefRules.Draft draft = new BriefRules.Draft(field.equals("alleged") ? value : ALLEGED,
                field.equals("place") ? value : "零陵区政务服务中心不动产登记窗口",
                field.equals("period") ? value : "2026年11月下旬",
                field.equals("toVerify") ? value : "核实当日窗口办理记录。");
        FieldErrors errors = BriefRules.check(draft, SOURCE);
        assertEquals(error == null ? 0 : 1, errors.all().size(), errors.all().toString());
        if (error != null) {
            assertEquals(field, errors.all().get(0).field());
            assertEquals(error, errors.all().get(0).key());
        }
    }
}
