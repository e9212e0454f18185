package cn.gov.yongzhou.qingfeng.notify;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 催办 and 督办 mails for a report about 零陵区政务服务中心 that nobody accepts: the reminder to the discipline body
 * that must accept it, the escalation to the supervision office and that body's head, the overdue record to the
 * supervision office. None of them carries the report's content or the reporter.
 */
@QuarkusTest
class ChaseMailTest {

    @Inject
    Chasing chasing;

    @Inject
    OutboxWorker worker;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Transactional
    Map<String, Set<String>> recipientsByKind(long caseId) {
        return em.createQuery("from OutboxMessage where caseId = ?1 order by id", OutboxMessage.class)
                .setParameter(1, caseId).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.kind, Collectors.mapping(m -> m.recipient, Collectors.toSet())));
    }

    @Transactional
    String headMailbox(String unitCode, String onDate) {
        return (String) em.createNativeQuery("""
                select h.mailbox from unit_head h join unit u on u.id = h.unit_id
                where u.code = ?1 and h.start_date <= cast(?2 as date)
                  and (h.end_date is null or h.end_date >= cast(?2 as date))""")
                .setParameter(1, unitCode).setParameter(2, onDate).getSingleResult();
    }

    @Test
    void shouldMailTheResponsibleBodyThenTheSupervisionOfficeAndItsHeadWithoutTheReport() {
        at("2026-02-12T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-02-11");
        form.put("reporterName", "欧阳明远");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        while (worker.drain() > 0) { // older mail of other tests goes first, a batch at a time
        }
        mailbox.clear();

        at("2026-02-24T09:00:00"); // the acceptance limit (Thu 02-26, across the Spring Festival) is close
        chasing.sweep();
        at("2026-02-27T09:00:00"); // passed
        chasing.sweep();
        at("2026-03-05T09:00:00"); // five working days later, still not done
        chasing.sweep();
        chasing.sweep();

        Map<String, Set<String>> sent = recipientsByKind(id);
        assertEquals(Set.of("ll-jw@yongzhou.example.cn"), sent.get("REMINDED"), sent.toString());
        assertEquals(Set.of("city-dcs@yongzhou.example.cn", "ll-jw@yongzhou.example.cn",
                headMailbox("LL-JW", "2026-02-27")), sent.get("ESCALATED"), sent.toString());
        assertEquals(Set.of("city-dcs@yongzhou.example.cn"), sent.get("RECORDED_OVERDUE"), sent.toString());
        while (worker.drain() > 0) { // older mail of other tests goes first, a batch at a time
        }
        String reference = cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(id);
        List<Mail> toOffice = mailbox.getMailsSentTo("city-dcs@yongzhou.example.cn").stream()
                .filter(m -> m.getSubject().contains(reference)).toList();
        assertEquals(2, toOffice.size());
        Mail escalation = toOffice.get(0);
        assertTrue(escalation.getSubject().contains("督办") && escalation.getSubject().contains(reference),
                escalation.getSubject());
        // the units and heads chased name the case by its reference, never by the reporter's receipt number
        assertTrue(mailbox.getMailsSentTo("ll-jw@yongzhou.example.cn").stream().filter(m -> m.getSubject()
                .contains(reference)).count() >= 2, "the unit got its reminder and escalation");
        for (Mail mail : mailbox.getMailsSentTo("ll-jw@yongzhou.example.cn")) {
            for (String part : new String[] { mail.getSubject(), mail.getText(), mail.getHtml() }) {
                assertFalse(part.contains(receipt), "no receipt number in a mail to a unit: " + part);
            }
        }
        assertTrue(escalation.getText().contains("案件编号: " + reference), escalation.getText());
        assertTrue(escalation.getText().contains("2026-02-26"), escalation.getText());
        assertTrue(escalation.getHtml().contains("<strong>2026-02-26</strong>"), escalation.getHtml());
        for (Mail mail : toOffice) {
            for (String body : new String[] { mail.getText(), mail.getHtml() }) {
                assertFalse(body.contains("欧阳"), "no reporter in a chase mail");
                assertFalse(body.contains("暗示"), "no report content in a chase mail");
                assertFalse(body.contains(form.get("phone")), "no reporter phone in a chase mail");
            }
        }
    }

    @Inject
    cn.gov.yongzhou.qingfeng.notify.sms.LocalSmsc smsc;

    @Test
    void shouldAlsoTextTheDutyMobileOfTheResponsibleBodyWhereOneIsSet() {
        String duty = TestReports.phone();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update unit set duty_phone = ?1 where code = 'LL-JW'").setParameter(1, duty).executeUpdate());
        try {
            at("2026-03-02T10:00:00");
            Map<String, String> form = TestReports.valid();
            form.put("occurredDate", "2026-03-01");
            String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                    .path("receipt");
            at("2026-03-06T09:00:00"); // the acceptance limit (Mon 03-09) is close
            chasing.sweep();
            Outboxes.drainAll(worker);
            String reference = cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(TestReports.caseOf(em, receipt));
            Outboxes.await("the duty text", () -> smsc.receivedBy(duty).stream()
                    .anyMatch(t -> t.text().contains(reference)));
            String text = smsc.receivedBy(duty).stream().filter(t -> t.text().contains(reference)).findFirst()
                    .orElseThrow().text();
            assertTrue(text.startsWith("【清风】催办：案件" + reference), text);
            assertFalse(text.contains(receipt), "the case reference, never the receipt number: " + text);
            assertFalse(text.contains("暗示") || text.contains(form.get("phone")), "no content, no reporter: " + text);
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update unit set duty_phone = null where code = 'LL-JW'").executeUpdate());
        }
    }
}
