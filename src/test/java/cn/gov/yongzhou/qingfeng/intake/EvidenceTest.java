package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Evidence is judged by its bytes, held to its limits, and sealed with its digest recorded at receipt. */
@QuarkusTest
class EvidenceTest {

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void shouldRefuseATextFileNamedLikeAPhoto() {
        long before = count("report");
        TestReports.api(TestReports.valid())
                .multiPart("evidence", "photo.jpg", "this is only text, not a photo".getBytes(StandardCharsets.UTF_8),
                        "image/jpeg")
                .post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'evidence' }.code", equalTo("error.evidence.type"),
                        "errors.find { it.field == 'evidence' }.message", containsString("photo.jpg"));
        assertEquals(before, count("report"));
    }

    @Test
    void shouldRefuseAnHtmlFileNamedLikeAPng() {
        long before = count("evidence");
        TestReports.api(TestReports.valid())
                .multiPart("evidence", "receipt.png",
                        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                        "image/png")
                .post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'evidence' }.code", equalTo("error.evidence.type"));
        assertEquals(before, count("evidence"));
    }

    @Test
    void shouldRefuseAPhotoLargerThanItsLimit() throws IOException {
        byte[] big = Arrays.copyOf(png(), 10 * 1024 * 1024 + 1); // a PNG padded past the 10 MB photo limit
        TestReports.api(TestReports.valid())
                .multiPart("evidence", "big.png", big, "image/png")
                .post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'evidence' }.code", equalTo("error.evidence.tooLarge"),
                        "errors.find { it.field == 'evidence' }.messageEn", containsString("10 MB"));
    }

    @Test
    void shouldTellTheCitizenToChooseFilesAgainAfterAnError() throws IOException {
        TestReports.Csrf csrf = TestReports.openForm();
        java.util.Map<String, String> form = TestReports.valid();
        form.remove("phone");
        TestReports.formPost(form, csrf).multiPart("evidence", "photo.png", png(), "image/png")
                .post("/report").then().statusCode(422)
                .body(containsString("请重新选择证据文件"), containsString("请填写手机号码"));
    }

    @Test
    void shouldStoreAcceptedEvidenceSealedWithTheDigestOfWhatArrived() throws IOException {
        byte[] photo = png();
        String receipt = TestReports.api(TestReports.valid())
                .multiPart("evidence", "窗口照片.png", photo, "application/octet-stream")
                .post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        Object[] row = (Object[]) em.createNativeQuery("""
                select e.media_type, e.size_bytes, e.sha256, c.key_id, c.sealed, e.file_name_enc
                from evidence e join evidence_content c on c.evidence_id = e.id join report r on r.id = e.report_id
                where r.receipt_no = ?1""").setParameter(1, receipt).getSingleResult();
        assertEquals("image/png", row[0]);
        assertEquals((long) photo.length, ((Number) row[1]).longValue());
        assertEquals(Sha256.hex(photo), row[2]);
        byte[] sealed = (byte[]) row[4];
        assertFalse(Arrays.equals(photo, Arrays.copyOfRange(sealed, 12, Math.min(sealed.length, 12 + photo.length))));
        assertEquals(Sha256.hex(photo), Sha256.hex(cipher.open((String) row[3], sealed)));
        assertFalse(((String) row[5]).contains("窗口照片"));
    }
}
