package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What is done to a staff member found at fault, mildest first. The formal sanctions (政务处分) run for a fixed
 * period from the decision; expulsion does not end; the others have no period.
 */
@TemplateEnum
public enum DispositionKind {
    /** 谈话提醒 */
    TALK_REMINDER(0),
    /** 批评教育 */
    CRITICISM_EDUCATION(0),
    /** 责令检查 */
    ORDERED_SELF_CRITICISM(0),
    /** 诫勉 */
    ADMONITION(0),
    /** 通报批评 */
    CIRCULATED_CRITICISM(0),
    /** 警告, 6 months */
    WARNING(6),
    /** 记过, 12 months */
    DEMERIT(12),
    /** 记大过, 18 months */
    MAJOR_DEMERIT(18),
    /** 降级, 24 months */
    DEMOTION(24),
    /** 撤职, 24 months */
    DISMISSAL_FROM_POST(24),
    /** 开除: for good */
    EXPULSION(-1),
    /** 移送司法机关 */
    JUDICIAL_TRANSFER(0);

    private final int months;

    DispositionKind(int months) {
        this.months = months;
    }

    /** A formal sanction (政务处分), with an effect period or for good. */
    public boolean sanction() {
        return months != 0;
    }

    /** The last day a sanction decided on {@code decidedOn} is in effect; empty when it has no end or no period. */
    public Optional<LocalDate> effectUntil(LocalDate decidedOn) {
        return months > 0 ? Optional.of(decidedOn.plusMonths(months).minusDays(1)) : Optional.empty();
    }

    /** Whether a sanction decided on {@code decidedOn} is in effect on {@code day}. */
    public boolean inEffectOn(LocalDate decidedOn, LocalDate day) {
        if (!sanction() || day.isBefore(decidedOn)) {
            return false;
        }
        return effectUntil(decidedOn).map(last -> !day.isAfter(last)).orElse(true);
    }
}
