package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.adminForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.gov.yongzhou.qingfeng.notify.OutboxMessage;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox page: what the admin sees of mails in trouble (never a reporter's full address, never a body). */
@QuarkusTest
class OutboxAdminPagesTest {

    @Inject
    EntityManager em;

    final List<Long> made = new ArrayList<>();

    long message(OutboxMessage.Status status, int attempts, String recipient, OffsetDateTime next, String error) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage m = new OutboxMessage();
            m.kind = "RECEIPT";
            m.recipient = recipient;
            m.subject = "清风受理回执 SUBJECT-SECRET";
            m.body = "查询密码 BODY-SECRET-7731";
            m.html = "<p>HTML-SECRET-7731</p>";
            m.status = status;
            m.attempts = attempts;
            m.nextAttemptAt = next;
            m.lastError = error;
            m.persist();
            return m.id;
        });
        made.add(id);
        return id;
    }

    @AfterEach
    void removeTheTestMails() {
        QuarkusTransaction.requiringNew().run(() -> made.forEach(id -> OutboxMessage.deleteById(id)));
    }

    String status(long id) {
        return (String) em.createNativeQuery("select status from outbox_message where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    @Test
    void shouldShowMailsInTroubleWithTheRecipientMaskedAndNeverTheContent() {
        long failed = message(OutboxMessage.Status.FAILED, 8, "zhangsan.reporter@example.cn", OffsetDateTime.now(),
                "SMTPSendFailedException: 550 5.1.1 Recipient address rejected");
        long retrying = message(OutboxMessage.Status.PENDING, 2, "lisi@example.org", OffsetDateTime.now().plusHours(1),
                "MailConnectException: connection refused to zhangsan.reporter@example.cn");
        String page = admin().get("/staff/admin/outbox").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        for (String shown : new String[] { "id=\"mail-" + failed + "\"", "id=\"mail-" + retrying + "\"",
                "z***@example.cn", "l***@example.org", "Recipient address rejected", "&lt;address&gt;",
                "id=\"retry-" + failed + "\"", "受理编号回执", "id=\"count-FAILED\"" }) {
            CalendarAdminPagesTest.assertContains(page, shown);
        }
        for (String hidden : new String[] { "zhangsan", "lisi@", "BODY-SECRET", "HTML-SECRET", "SUBJECT-SECRET",
                "查询密码" }) {
            if (page.contains(hidden)) {
                throw new AssertionError("the outbox page shows " + hidden);
            }
        }
        admin().queryParam("lang", "en").get("/staff/admin/outbox").then().statusCode(200)
                .body(containsString("Failed mails"), containsString("z***@example.cn"), not(containsString("BODY-SECRET")));
    }

    @Test
    void shouldSendAFailedMailAgainOnRetry() {
        long failed = message(OutboxMessage.Status.FAILED, 8, "wangwu@example.cn", OffsetDateTime.now().minusDays(1),
                "SMTPSendFailedException: 451 try again later");
        adminForm().post("/staff/admin/outbox/" + failed + "/retry").then().statusCode(303)
                .header("Location", containsString("msg=retried"));
        assertNotEquals("FAILED", status(failed), "pending again (or already sent by the worker)");
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from admin_change where subject = 'outbox' "
                + "and subject_ref = ?1 and action = 'CHANGED' and actor = 'admin-wang'").setParameter(1,
                        String.valueOf(failed))
                .getSingleResult()).longValue());
        // a second press changes nothing: it is no longer failed
        adminForm().post("/staff/admin/outbox/" + failed + "/retry").then().statusCode(303)
                .header("Location", containsString("msg=notRetried"));
        admin().get("/staff/admin/outbox?msg=retried").then().statusCode(200).body(containsString("已重新排队"));
    }

    @Test
    void shouldKeepTheOutboxFromAnyoneButAdmins() {
        long failed = message(OutboxMessage.Status.FAILED, 8, "zhaoliu@example.cn", OffsetDateTime.now(), "x");
        for (String role : AdminForms.OTHER_ROLES) {
            StaffClient.as("someone", role).get("/staff/admin/outbox").then().statusCode(403)
                    .body(not(containsString("z***@example.cn")));
            StaffClient.formAs("someone", role).post("/staff/admin/outbox/" + failed + "/retry").then().statusCode(403);
        }
        assertEquals("FAILED", status(failed));
    }
}
