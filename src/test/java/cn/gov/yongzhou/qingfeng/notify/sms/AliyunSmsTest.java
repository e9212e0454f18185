package cn.gov.yongzhou.qingfeng.notify.sms;

import static cn.gov.yongzhou.qingfeng.notify.Outboxes.drainAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.notify.NoticeChannel;
import cn.gov.yongzhou.qingfeng.notify.OutboxConfig;
import cn.gov.yongzhou.qingfeng.notify.OutboxMessage;
import cn.gov.yongzhou.qingfeng.notify.OutboxWorker;
import cn.gov.yongzhou.qingfeng.notify.Outboxes;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Texts through Alibaba Cloud SMS's signed HTTP API, against a local server that checks every request and its
 * signature as the documentation specifies, and answers (or refuses, or is down) as the API would.
 */
@QuarkusTest
@TestProfile(AliyunSmsTest.Aliyun.class)
class AliyunSmsTest {

    static final String KEY_ID = "LTAI5tQingfengTest";
    static final String SECRET = "testSecretNeverUsedAnywhereElse";

    public static class Aliyun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new TreeMap<>(Map.of("qingfeng.sms.gateway", "ALIYUN",
                    "qingfeng.sms.aliyun.endpoint", "http://127.0.0.1:" + freePort(),
                    "qingfeng.sms.aliyun.access-key-id", KEY_ID, "qingfeng.sms.aliyun.access-key-secret", SECRET,
                    "qingfeng.sms.aliyun.sign-name", "清风", "qingfeng.sms.aliyun.templates.RECEIPT", "SMS_460001",
                    "qingfeng.sms.aliyun.templates.ACCEPTED", "SMS_460002", "qingfeng.outbox.every", "off",
                    "qingfeng.sms.aliyun.poll-every", "off"));
            config.put("qingfeng.sms.aliyun.timeout", "2S");
            return config;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @ConfigProperty(name = "qingfeng.sms.aliyun.endpoint")
    String endpoint;

    @Inject
    OutboxWorker worker;

    @Inject
    AliyunSms aliyun;

    @Inject
    Casework casework;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    AliyunSmsPeer peer;

    @BeforeEach
    void start() throws IOException {
        peer = new AliyunSmsPeer(Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1)), KEY_ID, SECRET);
    }

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    private String report(String phone) {
        Map<String, String> form = TestReports.valid();
        form.put("phone", phone);
        form.put("contactPreference", "SMS");
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    @Test
    void shouldSendTheReceiptWithTheSignatureNameAndTemplateCodeInASignedRequest() {
        String phone = TestReports.phone();
        String receipt = report(phone);
        drainAll(worker);

        assertEquals(0, peer.refusedSignatures.size(), "every request passed the documented checks: "
                + peer.refusedSignatures);
        AliyunSmsPeer.Sent sent = peer.sentTo(phone).get(0);
        assertEquals("清风", sent.signName());
        assertEquals("SMS_460001", sent.templateCode());
        assertTrue(sent.templateParam().contains("\"no\":\"" + receipt + "\""), sent.templateParam());
        assertFalse(sent.templateParam().contains("测试人"), "no personal data in the parameters");

        long reportId = Outboxes.reportId(em, receipt);
        OutboxMessage message = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(String.valueOf(message.id), sent.outId(), "the outbox row travels as OutId");
        assertEquals(OutboxMessage.Delivery.AWAITING, message.delivery);
        aliyun.pollDeliveries();
        assertEquals(OutboxMessage.Delivery.DELIVERED, Outboxes.of(em, reportId, NoticeChannel.SMS).get(0).delivery,
                "QuerySendDetails said SendStatus 3");
    }

    @Test
    void shouldBeRefusedByTheLocalServerWhenSignedWithAnotherSecret() throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("Action", "SendSms", "AccessKeyId", KEY_ID,
                "Format", "JSON", "RegionId", "cn-hangzhou", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", java.util.UUID.randomUUID().toString(), "SignatureVersion", "1.0",
                "Timestamp", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                        .format(Instant.now().atOffset(java.time.ZoneOffset.UTC)),
                "Version", "2017-05-25", "PhoneNumbers", "13900000000"));
        params.put("Signature", AliyunSms.sign("POST", params, "another-secret"));
        String body = params.entrySet().stream().map(e -> AliyunSms.percentEncode(e.getKey()) + "="
                + AliyunSms.percentEncode(e.getValue())).collect(java.util.stream.Collectors.joining("&"));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(endpoint + "/")).header("Content-Type",
                        "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString(body))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("SignatureDoesNotMatch"), response.body());
    }

    @Test
    void shouldRetryWhileTheApiIsDownOrThrottlingAndSendOnce() {
        Instant start = Instant.now();
        at(start);
        String phone = TestReports.phone();
        peer.close();
        String receipt = report(phone);
        long reportId = Outboxes.reportId(em, receipt);
        drainAll(worker);
        OutboxMessage waiting = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(OutboxMessage.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);

        peer = restart();
        peer.mode = AliyunSmsPeer.Mode.THROTTLED;
        at(start.plus(config.firstRetry()).plusSeconds(1));
        drainAll(worker);
        OutboxMessage throttled = Outboxes.of(em, reportId, NoticeChannel.SMS).get(0);
        assertEquals(OutboxMessage.Status.PENDING, throttled.status);
        assertTrue(throttled.lastError.contains("isv.BUSINESS_LIMIT_CONTROL"), throttled.lastError);

        peer.mode = AliyunSmsPeer.Mode.NORMAL;
        at(start.plus(config.firstRetry().multipliedBy(4)));
        drainAll(worker);
        at(start.plus(config.firstRetry().multipliedBy(100)));
        drainAll(worker);
        assertEquals(1, peer.sentTo(phone).size(), "sent once");
        assertEquals(OutboxMessage.Status.SENT, Outboxes.of(em, reportId, NoticeChannel.SMS).get(0).status);
    }

    @Test
    void shouldGiveUpOnATemplateTheProviderWasNeverGivenAndTellTheInspectors() {
        String phone = TestReports.phone();
        String receipt = report(phone);
        long caseId = TestReports.caseOf(em, receipt);
        casework.reject(caseId, TestCases.INSPECTOR, cn.gov.yongzhou.qingfeng.casework.RejectionGround.DUPLICATE, null, "重复举报",
                "已有同一事项在办理中。", 0);
        drainAll(worker);
        OutboxMessage refusal = Outboxes.of(em, Outboxes.reportId(em, receipt), NoticeChannel.SMS).get(1);
        assertEquals(OutboxMessage.Status.FAILED, refusal.status, "no template code for REJECTED: retrying cannot help");
        assertTrue(refusal.lastError.contains("qingfeng.sms.aliyun.templates.REJECTED"), refusal.lastError);
        assertTrue(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> cn.gov.yongzhou.qingfeng.casework.NoticeTask.open(caseId,
                        cn.gov.yongzhou.qingfeng.casework.DeadlineStage.ACCEPTANCE_NOTICE).isPresent()));
    }

    private AliyunSmsPeer restart() {
        try {
            return new AliyunSmsPeer(Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1)), KEY_ID,
                    SECRET);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneId.of("Asia/Shanghai")), Clock.class);
    }
}
