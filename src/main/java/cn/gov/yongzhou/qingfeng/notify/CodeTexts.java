package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.intake.CodeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text that carries a verification code: queued with the code, sent right after the commit while the citizen
 * waits (not at the outbox's next tick); should that fail, the outbox retries like any other notice.
 */
@ApplicationScoped
public class CodeTexts {

    private final Notices notices;
    private final OutboxWorker worker;
    private final Map<Long, Long> queued = new ConcurrentHashMap<>();

    CodeTexts(Notices notices, OutboxWorker worker) {
        this.notices = notices;
        this.worker = worker;
    }

    void onRequested(@Observes CodeRequested event) {
        OutboxMessage text = notices.text(Template.CODE, null, null, event.mobile(),
                Locale.forLanguageTag(event.locale()), null, Notices.params("code", event.code()));
        queued.put(event.codeId(), text.id);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodeRequested event) {
        Long id = queued.remove(event.codeId());
        if (id != null) {
            worker.sendNow(id);
        }
    }

    void afterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) CodeRequested event) {
        queued.remove(event.codeId());
    }
}
