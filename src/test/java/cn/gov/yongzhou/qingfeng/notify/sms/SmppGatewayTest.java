package cn.gov.yongzhou.qingfeng.notify.sms;

import static cn.gov.yongzhou.qingfeng.notify.Outboxes.await;
import static cn.gov.yongzhou.qingfeng.notify.Outboxes.drainAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.CaseDeadline;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.NoticeTask;
import cn.gov.yongzhou.qingfeng.casework.ReporterNotice;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.notify.NoticeChannel;
import cn.gov.yongzhou.qingfeng.notify.OutboxConfig;
import cn.gov.yongzhou.qingfeng.notify.OutboxMessage;
import cn.gov.yongzhou.qingfeng.notify.OutboxWorker;
import cn.gov.yongzhou.qingfeng.notify.Outboxes;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Text messages over SMPP 3.4 against the in-process SMSC (jSMPP's server session on a local port): the bind, UCS-2
 * submits, long texts in parts, delivery receipts read back; and a gateway that is down, refuses or answers slowly.
 */
@QuarkusTest
class SmppGatewayTest {

    @Inject
    LocalSmsc smsc;

    @Inject
    OutboxWorker worker;

    @Inject
    Casework casework;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @AfterEach
    void gatewayBackToNormal() throws Exception {
        smsc.reset();
        smsc.up();
    }

    private String report(Map<String, String> form) {
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    private static Map<String, String> textMe(String phone) {
        Map<String, String> form = TestReports.valid();
        form.put("phone", phone);
        form.put("contactPreference", "SMS");
        return form;
    }

    @Test
    void shouldTextTheReceiptNumberSignedShortAndWithoutThePasswordOrTheReport() {
        String phone = TestReports.phone();
        Map<String, String> form = textMe(phone);
        var created = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");

        drainAll(worker);
        await("the receipt text", () -> smsc.receivedBy(phone).size() == 1);
        LocalSmsc.Received text = smsc.receivedBy(phone).get(0);
        assertEquals("86" + phone, text.to(), "international format, as the SMSC expects by default");
        assertTrue(text.text().startsWith("【清风】"), text.text());
        assertTrue(text.text().contains(receipt), text.text());
        assertTrue(text.text().contains("http://localhost:8080/track"), text.text());
        assertTrue(text.text().length() <= Segments.SINGLE, "one UCS-2 segment: " + text.text().length());
        assertEquals(1, text.parts());
        assertFalse(text.text().contains(created.getString("password")), "never the password in a text");
        for (String secret : List.of(form.get("reporterName"), form.get("accusedBadge"), "暗示", "眼镜", phone)) {
            assertFalse(text.text().contains(secret), secret + " in " + text.text());
        }

        long reportId = Outboxes.reportId(em, receipt);
        await("the delivery receipt",
                () -> Outboxes.of(em, reportId, NoticeChannel.SMS).get(0).delivery == OutboxMessage.Delivery.DELIVERED);
        OutboxMessage sent = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(OutboxMessage.Status.SENT, sent.status);
        assertNotNull(sent.deliveredAt);
        assertEquals(null, sent.body, "the text is erased once sent");
    }

    @Test
    void shouldSendALongTextInPartsThatTheHandsetJoinsAndCountItDeliveredWhenEveryPartIs() {
        String phone = TestReports.phone();
        String receipt = report(textMe(phone));
        long caseId = TestReports.caseOf(em, receipt);
        String reasons = "经审查，您反映的问题属于民事纠纷，不属于纪检监察机关受理范围。"
                + "建议您向永州市零陵区人民法院提起诉讼，或拨打12345政务服务便民热线咨询。如有新的违纪违法线索，欢迎再次举报。";
        casework.reject(caseId, TestCases.INSPECTOR, cn.gov.yongzhou.qingfeng.casework.RejectionGround.LEGAL_PROCEEDINGS,
                "向永州市零陵区人民法院提起诉讼", "民事纠纷", reasons, 0);

        drainAll(worker);
        await("the refusal text", () -> smsc.receivedBy(phone).size() == 2);
        LocalSmsc.Received text = smsc.receivedBy(phone).get(1);
        assertTrue(text.parts() > 1, "a long text goes in parts: " + text.parts());
        assertTrue(text.text().contains(reasons), "joined again as written: " + text.text());
        assertTrue(text.text().contains("不予受理的理由：应当通过诉讼、仲裁、行政复议等法定途径解决。您可以向永州市零陵区人民法院提起诉讼。"),
                "the coded ground and the proper channel come first: " + text.text());

        long reportId = Outboxes.reportId(em, receipt);
        await("every part receipted",
                () -> Outboxes.of(em, reportId, NoticeChannel.SMS).get(1).delivery == OutboxMessage.Delivery.DELIVERED);
        assertEquals(text.parts(), partsOf(Outboxes.of(em, reportId, NoticeChannel.SMS).get(1).id));
        await("the acceptance notice limit met", () -> told(caseId, DeadlineStage.ACCEPTANCE_NOTICE));
    }

    @Test
    void shouldMeetTheAcceptanceNoticeLimitOnlyWhenTheTextIsDelivered() {
        String phone = TestReports.phone();
        String receipt = report(textMe(phone));
        long caseId = TestReports.caseOf(em, receipt);
        smsc.receipts(false);
        casework.perform(caseId, Transition.ACCEPT, TestCases.INSPECTOR, null, 0);
        assertTrue(open(caseId, DeadlineStage.ACCEPTANCE_NOTICE), "accepting is not telling");

        drainAll(worker);
        await("the acceptance text", () -> smsc.receivedBy(phone).size() == 2);
        assertTrue(smsc.receivedBy(phone).get(1).text().contains("已受理"));
        assertTrue(open(caseId, DeadlineStage.ACCEPTANCE_NOTICE), "sent is not delivered");

        // the SMSC's receipts arrive (late): now the reporter was told
        smsc.receipts(true);
        await("the acceptance notice limit met", () -> told(caseId, DeadlineStage.ACCEPTANCE_NOTICE));
        List<ReporterNotice> notices = QuarkusTransaction.requiringNew().call(() -> ReporterNotice.of(caseId));
        assertEquals(ReporterNotice.Method.SMS, notices.get(0).method);
        assertEquals(DeadlineStage.ACCEPTANCE_NOTICE, notices.get(0).stage);
    }

    @Test
    void shouldPutAnUndeliveredNoticeOnTheInspectorsQueueToTellByPhone() {
        String phone = TestReports.phone();
        smsc.unreachable(phone);
        String receipt = report(textMe(phone));
        long caseId = TestReports.caseOf(em, receipt);
        casework.perform(caseId, Transition.ACCEPT, TestCases.INSPECTOR, null, 0);

        drainAll(worker);
        long reportId = Outboxes.reportId(em, receipt);
        await("the failed delivery", () -> Outboxes.of(em, reportId, NoticeChannel.SMS).size() == 2
                && Outboxes.of(em, reportId, NoticeChannel.SMS).get(1).delivery == OutboxMessage.Delivery.UNDELIVERED);
        assertTrue(open(caseId, DeadlineStage.ACCEPTANCE_NOTICE));
        NoticeTask task = QuarkusTransaction.requiringNew().call(() -> NoticeTask.open(caseId,
                DeadlineStage.ACCEPTANCE_NOTICE).orElseThrow());
        assertEquals("SMS", task.channel);
        assertTrue(task.reason.contains("UNDELIV"), task.reason);
    }

    @Inject
    cn.gov.yongzhou.qingfeng.notify.Deliveries deliveries;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Extensions extensions;

    @Test
    void shouldTellTheReporterOfALongerLimitWithTheNewDateAndWhy() {
        String phone = TestReports.phone();
        String receipt = report(textMe(phone));
        long caseId = TestReports.caseOf(em, receipt);
        int v = casework.perform(caseId, Transition.ACCEPT, TestCases.INSPECTOR, null, 0).version();
        v = casework.assign(caseId, TestReports.unitId(em, "LL-JW"), TestCases.INSPECTOR, null, v).version();
        casework.perform(caseId, Transition.SIGN_FOR, TestCases.HANDLER, null, v);
        assertEquals(null, extensions.request(caseId, DeadlineStage.INVESTIGATION, 5, "需调取监控录像，内部意见",
                TestCases.HANDLER.name()));
        assertEquals(null, extensions.decide(caseId, DeadlineStage.INVESTIGATION, true, null,
                "需要调取窗口监控录像核实。", TestCases.INSPECTOR.name()));
        drainAll(worker);
        await("the extension text", () -> smsc.receivedBy(phone).stream().anyMatch(t -> t.text().contains("延至")));
        String text = smsc.receivedBy(phone).stream().filter(t -> t.text().contains("延至")).findFirst().orElseThrow()
                .text();
        assertTrue(text.contains(receipt) && text.contains("需要调取窗口监控录像核实。"), text);
        assertTrue(text.matches(".*延至\\d{4}-\\d{2}-\\d{2}.*"), "the new date: " + text);
        assertFalse(text.contains("内部意见"), "the handler's reasons stay inside: " + text);
    }

    @Test
    void shouldTurnATextWithoutAReceiptForADayIntoATaskToTellByPhone() {
        Instant start = Instant.now();
        at(start);
        String phone = TestReports.phone();
        String receipt = report(textMe(phone));
        long caseId = TestReports.caseOf(em, receipt);
        smsc.receipts(false);
        casework.perform(caseId, Transition.ACCEPT, TestCases.INSPECTOR, null, 0);
        drainAll(worker);
        await("the acceptance text", () -> smsc.receivedBy(phone).size() == 2);
        deliveries.giveUpOnSilentTexts();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> NoticeTask.open(caseId,
                DeadlineStage.ACCEPTANCE_NOTICE).isEmpty()), "not within the day");

        at(start.plus(Duration.ofHours(25)));
        deliveries.giveUpOnSilentTexts();
        NoticeTask task = QuarkusTransaction.requiringNew().call(() -> NoticeTask.open(caseId,
                DeadlineStage.ACCEPTANCE_NOTICE).orElseThrow());
        assertTrue(task.reason.contains("no delivery receipt"), task.reason);
        assertTrue(open(caseId, DeadlineStage.ACCEPTANCE_NOTICE));
    }

    @Test
    void shouldKeepTheTextWhileTheGatewayIsDownAndSendItOnceWhenItIsBack() throws Exception {
        Instant start = Instant.now();
        at(start);
        String phone = TestReports.phone();
        smsc.down();
        String receipt = report(textMe(phone));
        long reportId = Outboxes.reportId(em, receipt);

        drainAll(worker);
        OutboxMessage waiting = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(OutboxMessage.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertNotNull(waiting.lastError);
        assertFalse(waiting.lastError.contains(phone), "no number in the error the admin sees: " + waiting.lastError);

        smsc.up();
        drainAll(worker);
        assertEquals(0, smsc.receivedBy(phone).size(), "not before the retry is due");

        at(start.plus(config.firstRetry()).plusSeconds(1));
        drainAll(worker);
        await("the text", () -> smsc.receivedBy(phone).size() == 1);
        assertEquals(2, Outboxes.of(em, reportId, NoticeChannel.SMS).get(0).attempts);

        at(start.plus(config.firstRetry().multipliedBy(100)));
        drainAll(worker);
        Thread.sleep(300);
        assertEquals(1, smsc.receivedBy(phone).size(), "sent once");
    }

    @Test
    void shouldRetryATextTheGatewayRefusedAndSendItOnce() {
        Instant start = Instant.now();
        at(start);
        String phone = TestReports.phone();
        smsc.mode(LocalSmsc.Mode.REFUSING);
        String receipt = report(textMe(phone));
        long reportId = Outboxes.reportId(em, receipt);
        drainAll(worker);
        OutboxMessage refused = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(OutboxMessage.Status.PENDING, refused.status);
        assertTrue(refused.lastError.contains("Throttling"), "the SMSC's throttling status is kept: " + refused.lastError);

        smsc.mode(LocalSmsc.Mode.NORMAL);
        at(start.plus(config.firstRetry()).plusSeconds(1));
        drainAll(worker);
        await("the text", () -> smsc.receivedBy(phone).size() == 1);
        assertEquals(OutboxMessage.Status.SENT, Outboxes.of(em, reportId, NoticeChannel.SMS).get(0).status);
    }

    @Test
    void shouldSendOnceWhenTwoWorkersDrainWhileTheGatewayIsSlow() throws Exception {
        String phone = TestReports.phone();
        String receipt = report(textMe(phone));
        smsc.slowBy(Duration.ofSeconds(1));
        smsc.mode(LocalSmsc.Mode.SLOW);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> drainAll(worker));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> drainAll(worker));
        CompletableFuture.allOf(one, two).get();
        await("the text", () -> smsc.receivedBy(phone).size() >= 1);
        Thread.sleep(300);
        assertEquals(1, smsc.receivedBy(phone).size(), "the lease keeps the second worker off the text");
        assertEquals(OutboxMessage.Status.SENT,
                Outboxes.of(em, Outboxes.reportId(em, receipt), NoticeChannel.SMS).get(0).status);
    }

    private void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneId.of("Asia/Shanghai")), Clock.class);
    }

    private long partsOf(long outboxId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from sms_part where outbox_id = ?1").setParameter(1, outboxId).getSingleResult())
                .longValue());
    }

    private boolean open(long caseId, DeadlineStage stage) {
        return QuarkusTransaction.requiringNew().call(() -> CaseDeadline.open(CaseFile.findById(caseId), stage)
                .isPresent());
    }

    private boolean told(long caseId, DeadlineStage stage) {
        return !open(caseId, stage);
    }
}
