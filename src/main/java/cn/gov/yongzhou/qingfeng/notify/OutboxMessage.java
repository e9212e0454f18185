package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A notice on one channel (a mail, a text message) waiting to go out, written in the transaction that caused it.
 * Delivery state lives here: handed over to the gateway ({@link Status}), then read back ({@link Delivery}).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** What became of a sent notice: a mail is delivered once the SMTP server took it, a text once receipted. */
    public enum Delivery {
        AWAITING,
        DELIVERED,
        UNDELIVERED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeChannel channel = NoticeChannel.MAIL;

    @Column(nullable = false)
    public String kind;

    @Column(name = "report_id")
    public Long reportId;

    @Convert(converter = Encrypted.class)
    @Column(name = "recipient_enc", nullable = false)
    public String recipient;

    /** A mail's subject; null for a text message. */
    public String subject;

    /** Sealed like personal data (a receipt mail carries the query password); cleared once sent. */
    @Convert(converter = Encrypted.class)
    @Column(name = "body_enc")
    public String body;

    /** The same mail as html; sealed and cleared like the text. */
    @Convert(converter = Encrypted.class)
    @Column(name = "html_enc")
    public String html;

    /** The case a staff mail is about (催办, 督办); null for mails to reporters. */
    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** The reporter-facing limit (ACCEPTANCE_NOTICE, RESULT_NOTICE) this notice meets once delivered. */
    @Column(name = "tells_stage")
    public String tellsStage;

    /** A template gateway's parameters (JSON), sealed and cleared like the body. */
    @Convert(converter = Encrypted.class)
    @Column(name = "params_enc")
    public String params;

    @Column(name = "gateway_ref")
    public String gatewayRef;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "delivery_error")
    public String deliveryError;
}
