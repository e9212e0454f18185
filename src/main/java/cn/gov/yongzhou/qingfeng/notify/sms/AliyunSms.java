package cn.gov.yongzhou.qingfeng.notify.sms;

import cn.gov.yongzhou.qingfeng.notify.Deliveries;
import cn.gov.yongzhou.qingfeng.notify.Sender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud SMS (dysmsapi, API version 2017-05-25) through its documented RPC interface: SendSms with the
 * registered signature name (签名) and a template code per notice, signed with HMAC-SHA1 (signature version 1.0:
 * the sorted, percent-encoded parameters, "POST&%2F&" before them, the AccessKey secret and "&" as the key).
 * Delivery is read back with QuerySendDetails for the texts still awaiting it.
 */
@ApplicationScoped
public class AliyunSms {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter RECEIVE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Codes that retrying cannot cure: the number itself is wrong. */
    private static final List<String> PERMANENT = List.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT");

    private final SmsConfig sms;
    private final SmsConfig.Aliyun config;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager em;
    private final Deliveries deliveries;
    private final HttpClient http;

    AliyunSms(SmsConfig config, ObjectMapper json, Clock clock, EntityManager em, Deliveries deliveries) {
        this.sms = config;
        this.config = config.aliyun();
        this.json = json;
        this.clock = clock;
        this.em = em;
        this.deliveries = deliveries;
        this.http = HttpClient.newBuilder().connectTimeout(config.aliyun().timeout()).build();
    }

    public Sender.Handed send(Sender.Outgoing message) throws Exception {
        String templateCode = config.templates().get(message.template());
        if (templateCode == null) {
            throw new Sender.Permanent("no Alibaba Cloud template code for " + message.template()
                    + " (qingfeng.sms.aliyun.templates." + message.template() + ")");
        }
        Map<String, String> params = new TreeMap<>();
        params.put("Action", "SendSms");
        params.put("PhoneNumbers", message.recipient());
        params.put("SignName", config.signName().orElse(sms.signature()));
        params.put("TemplateCode", templateCode);
        params.put("TemplateParam", message.params() == null ? "{}" : message.params());
        params.put("OutId", String.valueOf(message.id()));
        JsonNode answer = call(params);
        String code = answer.path("Code").asText();
        if (!"OK".equals(code)) {
            String text = "Alibaba Cloud SMS refused: " + code + " " + answer.path("Message").asText();
            if (PERMANENT.contains(code)) {
                throw new Sender.Permanent(text);
            }
            throw new IllegalStateException(text);
        }
        String bizId = answer.path("BizId").asText();
        return new Sender.Handed(false, List.of(bizId), answer.path("RequestId").asText());
    }

    /**
     * QuerySendDetails for the texts sent through this API that still await their delivery report (SendStatus 3:
     * delivered, 2: failed, 1: waiting).
     */
    @Scheduled(every = "${qingfeng.sms.aliyun.poll-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (sms.gateway() == SmsConfig.Gateway.ALIYUN) {
            pollDeliveries();
        }
    }

    public int pollDeliveries() {
        int read = 0;
        for (Awaiting awaiting : awaiting()) {
            try {
                Map<String, String> params = new TreeMap<>();
                params.put("Action", "QuerySendDetails");
                params.put("PhoneNumber", awaiting.mobile());
                params.put("BizId", awaiting.bizId());
                params.put("SendDate", SEND_DATE.format(awaiting.sentAt().atZoneSameInstant(BEIJING)));
                params.put("PageSize", "10");
                params.put("CurrentPage", "1");
                JsonNode answer = call(params);
                for (JsonNode detail : answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO")) {
                    int status = detail.path("SendStatus").asInt();
                    if (status == 1) {
                        continue;
                    }
                    String received = detail.path("ReceiveDate").asText("");
                    OffsetDateTime at = received.isEmpty() ? null
                            : LocalDateTime.parse(received, RECEIVE_DATE).atZone(BEIJING).toOffsetDateTime();
                    deliveries.receipt(awaiting.bizId(), status == 3 ? "DELIVRD" : "UNDELIV",
                            detail.path("ErrCode").asText(null), at);
                    read++;
                }
            } catch (Exception e) {
                Log.warnf("Alibaba Cloud QuerySendDetails failed: %s", e.getMessage());
            }
        }
        return read;
    }

    record Awaiting(String bizId, String mobile, OffsetDateTime sentAt) {
    }

    @Transactional
    List<Awaiting> awaiting() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.message_id, m.id, m.sent_at from outbox_message m join sms_part p on p.outbox_id = m.id
                where m.channel = 'SMS' and m.delivery = 'AWAITING' and m.sent_at > ?1
                order by m.sent_at limit 100""").setParameter(1, OffsetDateTime.now(clock).minusDays(2))
                .getResultList();
        return rows.stream().map(r -> {
            cn.gov.yongzhou.qingfeng.notify.OutboxMessage m = em.find(cn.gov.yongzhou.qingfeng.notify.OutboxMessage.class,
                    ((Number) r[1]).longValue());
            OffsetDateTime sent = r[2] instanceof OffsetDateTime o ? o
                    : ((java.time.Instant) r[2]).atOffset(ZoneOffset.UTC);
            return new Awaiting((String) r[0], m.recipient, sent);
        }).toList();
    }

    private JsonNode call(Map<String, String> action) throws Exception {
        Map<String, String> params = new TreeMap<>(action);
        params.put("AccessKeyId", config.accessKeyId().orElseThrow(
                () -> new IllegalStateException("qingfeng.sms.aliyun.access-key-id is not set")));
        params.put("Format", "JSON");
        params.put("RegionId", config.regionId());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("Timestamp", TIMESTAMP.format(clock.instant().atOffset(ZoneOffset.UTC)));
        params.put("Version", "2017-05-25");
        String secret = config.accessKeySecret().orElseThrow(
                () -> new IllegalStateException("qingfeng.sms.aliyun.access-key-secret is not set"));
        params.put("Signature", sign("POST", params, secret));
        String body = params.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.endpoint() + "/"))
                .timeout(config.timeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException("Alibaba Cloud SMS answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** Signature version 1.0 over every parameter but Signature itself. */
    static String sign(String method, Map<String, String> params, String secret) throws GeneralSecurityException {
        String canonical = new TreeMap<>(params).entrySet().stream().filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        String toSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 3986 unreserved characters kept, everything else %XX in UTF-8 (not the form encoding's + and *). */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
