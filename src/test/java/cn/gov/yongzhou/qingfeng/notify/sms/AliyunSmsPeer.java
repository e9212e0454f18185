package cn.gov.yongzhou.qingfeng.notify.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for dysmsapi.aliyuncs.com that checks each request the way Alibaba Cloud documents its RPC
 * signature (version 1.0): the common parameters present, the Timestamp in UTC and recent, the SignatureNonce never
 * seen before, and the Signature equal to Base64(HMAC-SHA1(secret + "&", method + "&%2F&" + percentEncode(sorted,
 * percent-encoded query))). Written from the documentation, not from the portal's code. Answers SendSms and
 * QuerySendDetails as the API does.
 */
final class AliyunSmsPeer implements AutoCloseable {

    record Sent(String phone, String signName, String templateCode, String templateParam, String outId, String bizId) {
    }

    enum Mode {
        NORMAL,
        THROTTLED
    }

    private static final Set<String> COMMON = Set.of("AccessKeyId", "Format", "RegionId", "SignatureMethod",
            "SignatureNonce", "SignatureVersion", "Timestamp", "Version", "Signature", "Action");

    private final HttpServer server;
    private final String accessKeyId;
    private final String secret;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<String> refusedSignatures = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> statusByBizId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(900000);
    volatile Mode mode = Mode.NORMAL;
    volatile Duration slowBy = Duration.ZERO;

    AliyunSmsPeer(int port, String accessKeyId, String secret) throws IOException {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Texts to this number fail (SendStatus 2) when their delivery is queried. */
    void failDeliveryTo(String phone) {
        sent.stream().filter(s -> s.phone().equals(phone)).forEach(s -> statusByBizId.put(s.bizId(), 2));
    }

    List<Sent> sentTo(String phone) {
        return sent.stream().filter(s -> s.phone().equals(phone)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!slowBy.isZero()) {
            try {
                Thread.sleep(slowBy.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = "POST".equals(exchange.getRequestMethod()) ? body : exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new TreeMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String problem = check(exchange.getRequestMethod(), params);
        if (problem != null) {
            refusedSignatures.add(problem);
            answer(exchange, 400, "{\"Code\":\"" + problem + "\",\"Message\":\"" + problem + "\"}");
            return;
        }
        switch (params.get("Action")) {
            case "SendSms" -> {
                if (mode == Mode.THROTTLED) {
                    answer(exchange, 200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控\"}");
                    return;
                }
                String bizId = ids.incrementAndGet() + "^0";
                sent.add(new Sent(params.get("PhoneNumbers"), params.get("SignName"), params.get("TemplateCode"),
                        params.get("TemplateParam"), params.get("OutId"), bizId));
                statusByBizId.putIfAbsent(bizId, 3);
                answer(exchange, 200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + bizId
                        + "\",\"RequestId\":\"req-" + bizId + "\"}");
            }
            case "QuerySendDetails" -> {
                String bizId = params.get("BizId");
                int status = statusByBizId.getOrDefault(bizId, 1);
                answer(exchange, 200, "{\"Code\":\"OK\",\"TotalCount\":1,\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":["
                        + "{\"PhoneNum\":\"" + params.get("PhoneNumber") + "\",\"SendStatus\":" + status
                        + ",\"ErrCode\":\"" + (status == 3 ? "DELIVERED" : "MOBILE_NOT_ON_SERVICE")
                        + "\",\"ReceiveDate\":\"2026-12-04 10:00:05\"}]}}");
            }
            default -> answer(exchange, 404, "{\"Code\":\"InvalidAction.NotFound\"}");
        }
    }

    /** The documented checks; the name of the error the API would give, or null. */
    private String check(String method, Map<String, String> params) {
        for (String name : COMMON) {
            if (!params.containsKey(name)) {
                return "MissingParameter." + name;
            }
        }
        if (!params.get("AccessKeyId").equals(accessKeyId)) {
            return "InvalidAccessKeyId.NotFound";
        }
        if (!"HMAC-SHA1".equals(params.get("SignatureMethod")) || !"1.0".equals(params.get("SignatureVersion"))
                || !"2017-05-25".equals(params.get("Version"))) {
            return "InvalidParameter";
        }
        Instant at = ZonedDateTime.parse(params.get("Timestamp"), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        if (!params.get("Timestamp").endsWith("Z") || Duration.between(at, Instant.now()).abs().toMinutes() > 15) {
            return "InvalidTimeStamp.Expired";
        }
        if (!nonces.add(params.get("SignatureNonce"))) {
            return "SignatureNonceUsed";
        }
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!k.equals("Signature")) {
                pairs.add(encode(k) + "=" + encode(v));
            }
        });
        String stringToSign = method + "&" + encode("/") + "&" + encode(String.join("&", pairs));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
            return expected.equals(params.get("Signature")) ? null : "SignatureDoesNotMatch";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encoding as documented: UTF-8, A-Z a-z 0-9 - _ . ~ kept, space as %20, everything else %XX upper. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
