package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is done to a staff member found at fault, grouped by the rules it comes from. The sanctions (政务处分, 党纪处分,
 * 事业单位处分) run for a period from the decision (the 处分期 or 影响期); expulsion does not end; 留党察看's period is
 * chosen, one or two years; the other measures have no period. Several may be decided for one person.
 */
@TemplateEnum
public enum DispositionKind {
    /** 谈话提醒 */
    TALK_REMINDER(DispositionFamily.EDUCATION, 0),
    /** 批评教育 */
    CRITICISM_EDUCATION(DispositionFamily.EDUCATION, 0),
    /** 责令检查 */
    ORDERED_SELF_CRITICISM(DispositionFamily.EDUCATION, 0),
    /** 诫勉 */
    ADMONITION(DispositionFamily.EDUCATION, 0),
    /** 通报批评 */
    CIRCULATED_CRITICISM(DispositionFamily.EDUCATION, 0),
    /** 停职检查 */
    SUSPENSION_FOR_INSPECTION(DispositionFamily.ORGANISATIONAL, 0),
    /** 调整职务 */
    POST_ADJUSTMENT(DispositionFamily.ORGANISATIONAL, 0),
    /** 责令辞职 */
    ORDERED_RESIGNATION(DispositionFamily.ORGANISATIONAL, 0),
    /** 免职 */
    REMOVAL_FROM_OFFICE(DispositionFamily.ORGANISATIONAL, 0),
    /** 降职 */
    DEMOTION_IN_POST(DispositionFamily.ORGANISATIONAL, 0),
    /** 政务处分 警告, 6 months */
    WARNING(DispositionFamily.GOVERNMENT_SANCTION, 6),
    /** 记过, 12 months */
    DEMERIT(DispositionFamily.GOVERNMENT_SANCTION, 12),
    /** 记大过, 18 months */
    MAJOR_DEMERIT(DispositionFamily.GOVERNMENT_SANCTION, 18),
    /** 降级, 24 months */
    DEMOTION(DispositionFamily.GOVERNMENT_SANCTION, 24),
    /** 撤职, 24 months */
    DISMISSAL_FROM_POST(DispositionFamily.GOVERNMENT_SANCTION, 24),
    /** 开除: for good */
    EXPULSION(DispositionFamily.GOVERNMENT_SANCTION, -1),
    /** 党内警告: no promotion for a year */
    PARTY_WARNING(DispositionFamily.PARTY_DISCIPLINE, 12),
    /** 党内严重警告: a year and a half */
    PARTY_SERIOUS_WARNING(DispositionFamily.PARTY_DISCIPLINE, 18),
    /** 撤销党内职务: two years */
    PARTY_REMOVAL_FROM_POST(DispositionFamily.PARTY_DISCIPLINE, 24),
    /** 留党察看: one or two years of probation, chosen in the decision */
    PARTY_PROBATION(DispositionFamily.PARTY_DISCIPLINE, CHOSEN.PERIOD),
    /** 开除党籍: for good */
    PARTY_EXPULSION(DispositionFamily.PARTY_DISCIPLINE, -1),
    /** 事业单位 警告, 6 months */
    INSTITUTION_WARNING(DispositionFamily.INSTITUTION_SANCTION, 6),
    /** 事业单位 记过, 12 months */
    INSTITUTION_DEMERIT(DispositionFamily.INSTITUTION_SANCTION, 12),
    /** 降低岗位等级, 24 months */
    INSTITUTION_DOWNGRADE(DispositionFamily.INSTITUTION_SANCTION, 24),
    /** 事业单位 开除 */
    INSTITUTION_DISMISSAL(DispositionFamily.INSTITUTION_SANCTION, -1),
    /** 调离窗口岗位 */
    REMOVED_FROM_WINDOW(DispositionFamily.CONTRACT_MEASURE, 0),
    /** 待岗培训 */
    SUSPENDED_FOR_TRAINING(DispositionFamily.CONTRACT_MEASURE, 0),
    /** 扣减绩效 */
    PERFORMANCE_DEDUCTION(DispositionFamily.CONTRACT_MEASURE, 0),
    /** 解除劳动合同 */
    CONTRACT_TERMINATED(DispositionFamily.CONTRACT_MEASURE, 0),
    /** 移送司法机关 */
    JUDICIAL_TRANSFER(DispositionFamily.TRANSFER, 0),
    /** 移送检察机关 (duty crimes, 职务犯罪) */
    PROCURATORATE_TRANSFER(DispositionFamily.TRANSFER, 0);

    /** The periods 留党察看 may be decided for, in months. */
    public static final Set<Integer> PROBATION_MONTHS = Set.of(12, 24);

    private static final class CHOSEN {
        static final int PERIOD = -2;
    }

    public final DispositionFamily family;
    private final int months;

    DispositionKind(DispositionFamily family, int months) {
        this.family = family;
        this.months = months;
    }

    /** A sanction (处分), with a period or for good. */
    public boolean sanction() {
        return months != 0;
    }

    /** Whether the decision chooses the period (留党察看). */
    public boolean periodChosen() {
        return months == CHOSEN.PERIOD;
    }

    /** The kinds of a family, in order, for the form's groups. */
    public static List<DispositionKind> of(DispositionFamily family) {
        return Arrays.stream(values()).filter(k -> k.family == family).toList();
    }

    /** The last day a sanction decided on {@code decidedOn} is in effect; empty when it has no end or no period. */
    public Optional<LocalDate> effectUntil(LocalDate decidedOn) {
        return effectUntil(decidedOn, null);
    }

    /** As above, with the period chosen for 留党察看 (ignored for the others). */
    public Optional<LocalDate> effectUntil(LocalDate decidedOn, Integer chosenMonths) {
        int m = periodChosen() ? (chosenMonths == null ? 0 : chosenMonths) : months;
        return m > 0 ? Optional.of(decidedOn.plusMonths(m).minusDays(1)) : Optional.empty();
    }

    /** Whether a sanction decided on {@code decidedOn} is in effect on {@code day}. */
    public boolean inEffectOn(LocalDate decidedOn, LocalDate day) {
        return inEffectOn(decidedOn, null, day);
    }

    /** As above, with the period chosen for 留党察看. */
    public boolean inEffectOn(LocalDate decidedOn, Integer chosenMonths, LocalDate day) {
        if (!sanction() || day.isBefore(decidedOn)) {
            return false;
        }
        if (months == -1) {
            return true;
        }
        return effectUntil(decidedOn, chosenMonths).map(last -> !day.isAfter(last)).orElse(false);
    }
}
