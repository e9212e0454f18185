package cn.gov.yongzhou.qingfeng.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real SMTP server that is down when the mail is queued: the report is acknowledged anyway,
 * the mail waits with its failure recorded, and it goes out once, when the server is back and the retry is due.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.RealSmtp.class)
class SmtpOutageTest {

    /** The real mailer, pointed at a port where nothing listens until the test starts a server there. */
    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(freePort()), "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.timeout", "5s", "qingfeng.outbox.every", "off");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Test
    void shouldSendTheQueuedReceiptOnceWhenTheMailServerIsBack() throws Exception {
        Instant start = Instant.now();
        TestClock.at(start);
        String email = "outage-" + System.nanoTime() + "@example.cn";
        Map<String, String> form = TestReports.valid();
        form.put("email", email);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long reportId = reportId(receipt);

        // the server is down: every due message is tried (older ones from other tests too), none goes out
        for (int i = 0; i < 100 && receiptMail(reportId).attempts == 0; i++) {
            worker.drain();
        }
        OutboxMessage waiting = receiptMail(reportId);
        assertEquals(OutboxMessage.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertNotNull(waiting.lastError, "the failure is kept for the admin's outbox page");
        assertTrue(waiting.nextAttemptAt.toInstant().isAfter(start), "the retry waits");

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            worker.drain();
            assertEquals(0, sentTo(smtp, email), "not before the retry is due, even with the server back");

            TestClock.at(start.plus(config.firstRetry()).plusSeconds(1));
            for (int i = 0; i < 100 && receiptMail(reportId).status != OutboxMessage.Status.SENT; i++) {
                worker.drain();
            }
            OutboxMessage sent = receiptMail(reportId);
            assertEquals(OutboxMessage.Status.SENT, sent.status);
            assertEquals(2, sent.attempts);
            assertEquals(1, sentTo(smtp, email));
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(email)).findFirst().orElseThrow();
            assertTrue(mail.getSubject().contains(receipt), mail.getSubject());

            TestClock.at(start.plus(config.firstRetry().multipliedBy(100)));
            worker.drain();
            assertEquals(1, sentTo(smtp, email), "sent once");
        } finally {
            smtp.stop();
        }
    }

    private static long sentTo(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(email)).count();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    long reportId(String receipt) {
        return ((Number) em.createNativeQuery("select id from report where receipt_no = ?1").setParameter(1, receipt)
                .getSingleResult()).longValue();
    }

    @Transactional
    OutboxMessage receiptMail(long reportId) {
        OutboxMessage message = em
                .createQuery("from OutboxMessage where reportId = ?1 and kind = 'RECEIPT' and channel = 'MAIL'",
                        OutboxMessage.class)
                .setParameter(1, reportId).getSingleResult();
        em.detach(message);
        return message;
    }
}
