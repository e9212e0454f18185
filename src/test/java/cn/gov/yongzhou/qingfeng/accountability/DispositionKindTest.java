package cn.gov.yongzhou.qingfeng.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DispositionKindTest {

    @ParameterizedTest(name = "{0} decided {1}: in effect on {2}? {3}")
    @CsvSource({
            // 警告 runs six months: from the decision to the day before the same date six months on
            "WARNING,            2026-03-10, 2026-03-10, true",
            "WARNING,            2026-03-10, 2026-03-09, false",
            "WARNING,            2026-03-10, 2026-09-09, true",
            "WARNING,            2026-03-10, 2026-09-10, false",
            // 记过 12, 记大过 18 months
            "DEMERIT,            2026-01-31, 2027-01-30, true",
            "DEMERIT,            2026-01-31, 2027-01-31, false",
            "MAJOR_DEMERIT,      2025-08-31, 2027-02-27, true",
            "MAJOR_DEMERIT,      2025-08-31, 2027-02-28, false",
            // 降级 and 撤职 24 months, across a leap day
            "DEMOTION,           2024-02-29, 2026-02-27, true",
            "DEMOTION,           2024-02-29, 2026-02-28, false",
            "DISMISSAL_FROM_POST,2026-05-01, 2028-04-30, true",
            "DISMISSAL_FROM_POST,2026-05-01, 2028-05-01, false",
            // 开除 does not end
            "EXPULSION,          2020-01-01, 2040-01-01, true",
            "EXPULSION,          2020-01-01, 2019-12-31, false",
            // the other dispositions are not sanctions with a period: never 'in effect'
            "TALK_REMINDER,      2026-03-10, 2026-03-10, false",
            "ADMONITION,         2026-03-10, 2026-04-10, false",
            "CIRCULATED_CRITICISM,2026-03-10, 2026-03-11, false",
            "JUDICIAL_TRANSFER,  2026-03-10, 2026-03-11, false",
            // 党纪处分: 警告 a year, 严重警告 a year and a half, 撤销党内职务 two years, 开除党籍 for good
            "PARTY_WARNING,      2026-03-10, 2027-03-09, true",
            "PARTY_WARNING,      2026-03-10, 2027-03-10, false",
            "PARTY_SERIOUS_WARNING, 2026-03-10, 2027-09-09, true",
            "PARTY_SERIOUS_WARNING, 2026-03-10, 2027-09-10, false",
            "PARTY_REMOVAL_FROM_POST, 2026-03-10, 2028-03-10, false",
            "PARTY_EXPULSION,    2026-03-10, 2046-03-10, true",
            // 事业单位: 警告 6, 记过 12, 降低岗位等级 24 months, 开除 for good
            "INSTITUTION_WARNING, 2026-03-10, 2026-09-09, true",
            "INSTITUTION_WARNING, 2026-03-10, 2026-09-10, false",
            "INSTITUTION_DOWNGRADE, 2026-03-10, 2028-03-09, true",
            "INSTITUTION_DISMISSAL, 2026-03-10, 2030-01-01, true",
            // the measures for contract staff, organisational measures and transfers have no period
            "REMOVED_FROM_WINDOW, 2026-03-10, 2026-03-10, false",
            "REMOVAL_FROM_OFFICE, 2026-03-10, 2026-03-10, false",
            "PROCURATORATE_TRANSFER, 2026-03-10, 2026-03-10, false" })
    void shouldKnowWhetherASanctionIsInEffectOnADay(DispositionKind kind, LocalDate decided, LocalDate day,
            boolean inEffect) {
        assertEquals(inEffect, kind.inEffectOn(decided, day));
    }

    @ParameterizedTest(name = "{0} decided {1} ends on {2}")
    @CsvSource({
            "WARNING,       2026-03-10, 2026-09-09",
            "DEMERIT,       2026-03-10, 2027-03-09",
            "MAJOR_DEMERIT, 2026-03-10, 2027-09-09",
            "DEMOTION,      2026-03-10, 2028-03-09",
            "EXPULSION,     2026-03-10, ",
            "TALK_REMINDER, 2026-03-10, " })
    void shouldGiveTheLastDayOfTheEffectPeriod(DispositionKind kind, LocalDate decided, LocalDate last) {
        assertEquals(Optional.ofNullable(last), kind.effectUntil(decided));
    }

    @ParameterizedTest(name = "留党察看 decided {0} for {1} months ends on {2}")
    @CsvSource({
            "2026-03-10, 12, 2027-03-09",
            "2026-03-10, 24, 2028-03-09",
            // without its period it has none: the service refuses to record it so
            "2026-03-10,   , " })
    void shouldRunPartyProbationForThePeriodChosen(LocalDate decided, Integer months, LocalDate last) {
        assertEquals(Optional.ofNullable(last), DispositionKind.PARTY_PROBATION.effectUntil(decided, months));
        if (last != null) {
            assertEquals(true, DispositionKind.PARTY_PROBATION.inEffectOn(decided, months, last));
            assertEquals(false, DispositionKind.PARTY_PROBATION.inEffectOn(decided, months, last.plusDays(1)));
        }
    }
}
