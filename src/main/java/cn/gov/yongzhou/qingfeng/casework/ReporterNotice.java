package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** 告知记录: the reporter was told (whether accepted, or the result), how, when, and what was said. */
@Entity
@Table(name = "reporter_notice")
public class ReporterNotice extends BaseEntity {

    /** How the reporter was told: a delivered text or mail, or an inspector's call, letter or visit. */
    public enum Method {
        SMS,
        MAIL,
        CALL,
        LETTER,
        VISIT;

        public boolean byStaff() {
            return this == CALL || this == LETTER || this == VISIT;
        }
    }

    @Column(name = "case_id", nullable = false)
    public long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(name = "told_at", nullable = false)
    public OffsetDateTime toldAt;

    @Convert(converter = Encrypted.class)
    @Column(name = "said_enc")
    public String said;

    @Convert(converter = Encrypted.class)
    @Column(name = "response_enc")
    public String response;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The message key that says how the reporter was told ("told.ACCEPTANCE_NOTICE.SMS"). */
    public String key() {
        return "told." + stage.name() + "." + method.name();
    }

    public static List<ReporterNotice> of(long caseId) {
        return list("caseId = ?1 order by toldAt, id", caseId);
    }
}
