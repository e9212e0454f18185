package cn.gov.yongzhou.qingfeng.support;

import static io.restassured.RestAssured.given;

import cn.gov.yongzhou.qingfeng.intake.ResidentIdNumber;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid report fields for tests, and the form's CSRF handshake. */
public final class TestReports {

    private TestReports() {
    }

    /** The id of the case opened for a receipt. */
    public static long caseOf(jakarta.persistence.EntityManager em, String receipt) {
        return ((Number) em.createNativeQuery(
                "select c.id from case_file c join report r on r.id = c.report_id where r.receipt_no = ?1")
                .setParameter(1, receipt).getSingleResult()).longValue();
    }

    /** The id of a unit of the sample directory. */
    public static long unitId(jakarta.persistence.EntityManager em, String code) {
        return ((Number) em.createNativeQuery("select id from unit where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
    }

    /** A random valid resident ID number (Hunan, born in the 1980s), check digit computed. */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = String.format("431102198%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    public static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A complete, valid petty-corruption report at Lingling's real-estate window. */
    public static Map<String, String> valid() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "PETTY_CORRUPTION");
        f.put("subcategory", "HINTING");
        f.put("unit", "LL-ZWFW");
        f.put("window", "LL-03");
        f.put("occurredDate", "2026-11-20");
        f.put("occurredTime", "10:30");
        f.put("place", "零陵区政务服务中心 不动产登记窗口");
        f.put("accusedBadge", "LL0301");
        f.put("accusedDescription", "戴眼镜的男性工作人员");
        f.put("narrative", "办理不动产登记时，工作人员说材料不全，暗示\"懂规矩\"就能当天办好，我没有给，被要求下周再来。");
        f.put("reporterName", "测试人");
        f.put("idNumber", idNumber());
        f.put("phone", phone());
        f.put("directlyServed", "yes");
        f.put("contactPreference", "PHONE");
        f.put("declaration", "on");
        f.put("consent", "on");
        return f;
    }

    /** A bearer token of the 12345 hotline system, the kind of client the intake API is for. */
    public static String intakeClientToken() {
        return io.quarkus.test.oidc.server.OidcWiremockTestResource.getAccessToken("hotline-12345",
                java.util.Set.of("intake-client"));
    }

    /** A request to the intake API as an authorised intake channel. */
    public static RequestSpecification api(Map<String, String> fields) {
        return multipart(fields).auth().oauth2(intakeClientToken());
    }

    /** Multipart with UTF-8 text parts, as browsers send them. */
    public static RequestSpecification multipart(Map<String, String> fields) {
        RequestSpecification spec = given().config(RestAssured.config()
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")))
                .contentType("multipart/form-data");
        fields.forEach((k, v) -> spec.multiPart(k, v, "text/plain; charset=UTF-8"));
        return spec;
    }

    /**
     * A multipart body written the way browsers write it: UTF-8 field values and file names as raw UTF-8
     * (REST Assured's client turns a Chinese file name into question marks).
     */
    public static java.net.http.HttpResponse<String> postLikeABrowser(java.net.URI uri, Map<String, String> fields,
            String fileName, byte[] file, String fileType) throws java.io.IOException, InterruptedException {
        String boundary = "----qingfeng" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + intakeClientToken())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    public record Csrf(String cookie, String token) {
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens the form the way a browser does and takes the CSRF cookie and hidden token from it. */
    public static Csrf openForm() {
        Response page = given().get("/report");
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the form");
        }
        return new Csrf(page.getCookie("qf-csrf"), m.group(1));
    }

    public static RequestSpecification formPost(Map<String, String> fields, Csrf csrf) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf-token", csrf.token());
        return multipart(withToken).cookie("qf-csrf", csrf.cookie());
    }
}
