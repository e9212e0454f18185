package cn.gov.yongzhou.qingfeng.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiptMailTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxWorker worker;

    @Inject
    EntityManager em;

    @Test
    void shouldMailTheReceiptThroughTheOutboxWhenAnEmailIsGiven() {
        String email = "receipt-" + System.nanoTime() + "@example.cn";
        Map<String, String> form = TestReports.valid();
        form.put("email", email);
        JsonPath created = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .jsonPath();

        String sealed = outboxRecipient(email);
        assertFalse(sealed.contains(email), "the queued recipient is encrypted");

        while (worker.drain() > 0) { // older mail of other tests goes first, a batch at a time
        }
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertTrue(mail.getSubject().contains(created.getString("receipt")));
        assertTrue(mail.getText().contains(created.getString("password")));
        assertTrue(mail.getText().contains("/track?receipt=" + created.getString("receipt")));
        assertNull(outboxBody(email), "the body (with the password) is erased once sent");

        while (worker.drain() > 0) { // older mail of other tests goes first, a batch at a time
        }
        assertEquals(1, mailbox.getMailsSentTo(email).size(), "sent once");
    }

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Casework casework;

    @Test
    void shouldTellTheReporterByMailThatTheReportWasAcceptedWithoutItsContent() {
        String email = "status-" + System.nanoTime() + "@example.cn";
        Map<String, String> form = TestReports.valid();
        form.put("email", email);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        casework.perform(caseId, cn.gov.yongzhou.qingfeng.casework.Transition.ACCEPT,
                new cn.gov.yongzhou.qingfeng.casework.Casework.Actor("inspector-wang",
                        cn.gov.yongzhou.qingfeng.casework.CaseRole.INSPECTOR),
                null, 0);
        while (worker.drain() > 0) { // older mail of other tests goes first, a batch at a time
        }
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(2, mails.size(), "the receipt, then the acceptance");
        Mail status = mails.get(1);
        assertTrue(status.getSubject().contains(receipt) && status.getSubject().contains("已受理"), status.getSubject());
        assertTrue(status.getText().contains("/track?receipt=" + receipt));
        assertFalse(status.getText().contains("暗示"), "no content of the report in a mail");
        assertFalse(status.getText().contains(form.get("reporterName")));
    }

    @Test
    void shouldKeepAddressesOutOfDeliveryErrors() {
        RuntimeException refusal = new RuntimeException("send failed", new IllegalStateException(
                "550 5.1.1 <zhang.san@qq.com>: Recipient address rejected"));
        String described = OutboxWorker.describe(refusal);
        assertFalse(described.contains("zhang.san"), described);
        assertTrue(described.contains("550 5.1.1 <<address>>: Recipient address rejected"), described);
    }

    @Transactional
    String outboxRecipient(String email) {
        return em.createQuery("from OutboxMessage order by id desc", OutboxMessage.class).setMaxResults(20)
                .getResultList().stream().filter(m -> m.recipient.equals(email)).findFirst()
                .map(m -> (String) em.createNativeQuery("select recipient_enc from outbox_message where id = ?1")
                        .setParameter(1, m.id).getSingleResult())
                .orElseThrow();
    }

    @Transactional
    String outboxBody(String email) {
        return em.createQuery("from OutboxMessage order by id desc", OutboxMessage.class).setMaxResults(20)
                .getResultList().stream().filter(m -> m.recipient.equals(email)).findFirst().orElseThrow().body;
    }
}
