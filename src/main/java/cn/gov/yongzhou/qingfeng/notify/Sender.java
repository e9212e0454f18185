package cn.gov.yongzhou.qingfeng.notify;

import java.util.List;

/**
 * Hands a notice to its channel's gateway: one implementation per channel (the SMTP server, an SMS gateway), the
 * outbox's claim, lease and retry the same for all. Called outside any transaction; a thrown exception is a failed
 * attempt that the outbox retries.
 */
public interface Sender {

    NoticeChannel channel();

    /** What the worker gives a sender: the notice as queued, decrypted. */
    record Outgoing(long id, String recipient, String subject, String body, String html, String template,
            String params) {
    }

    /**
     * The gateway took the notice. {@code delivered}: the gateway's acceptance is the delivery (a mail handed to the
     * SMTP server); otherwise delivery is read back later by the {@code references} the gateway gave (message ids).
     */
    record Handed(boolean delivered, List<String> references, String gatewayRef) {
        public static Handed deliveredNow() {
            return new Handed(true, List.of(), null);
        }
    }

    /** A refusal that retrying cannot cure (an unknown number, a template the provider does not know). */
    class Permanent extends RuntimeException {
        public Permanent(String message) {
            super(message);
        }
    }

    Handed send(Outgoing message) throws Exception;
}
