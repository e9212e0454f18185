package cn.gov.yongzhou.qingfeng.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/** The signature as a recipient's software checks it: over every byte but itself, broken by one changed byte. */
@QuarkusTest
class PdfSignerTest {

    @Inject
    GongwenRenderer renderer;

    @Inject
    PdfSigner signer;

    @Inject
    SigningKey keys;

    /** What a verifier does: the signed byte ranges, the CMS signature over them, the signer's certificate. */
    static boolean verifies(byte[] pdf, X509Certificate expectedSigner) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            if (range[2] + range[3] != pdf.length) {
                return false; // bytes after the signed range: an incremental change after signing
            }
            byte[] signed = new byte[range[1] + range[3]];
            System.arraycopy(pdf, range[0], signed, 0, range[1]);
            System.arraycopy(pdf, range[2], signed, range[1], range[3]);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return certificate.equals(expectedSigner)
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return false; // a file or signature that cannot even be read does not verify
        }
    }

    byte[] signed() {
        Sheet sheet = new Sheet("永州市纪委监委", "永纪信〔2027〕16号", "关于举报事项处理结果的反馈意见书", "张三",
                List.of("经核查，您反映的问题属实。"), List.of(), "永州市纪委监委", "2027年3月5日", "",
                "永州市纪委监委办公室", "2027年3月5日", false);
        return signer.sign(renderer.render(sheet), OffsetDateTime.parse("2027-03-05T10:00:00+08:00"), "签发");
    }

    @Test
    void shouldSignAsPadesWithTheDocumentKey() throws Exception {
        byte[] pdf = signed();

        assertTrue(verifies(pdf, keys.get().certificate()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            assertEquals(2027, signature.getSignDate().get(java.util.Calendar.YEAR));
            CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            // PAdES B-B: the signing certificate is bound to the signature, the time is the dictionary's /M
            assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime));
        }
        // and the text is still there for the reader
        assertTrue(Pdfs.text(pdf).contains("永纪信〔2027〕16号"));
    }

    @Test
    void shouldFailToVerifyWhenOneByteOfTheFileChanged() throws Exception {
        byte[] pdf = signed();
        assertTrue(verifies(pdf, keys.get().certificate()));

        int[] range;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        for (int at : new int[] { range[1] / 2, range[1] - 10, range[2] + 5, pdf.length - 20 }) {
            byte[] changed = pdf.clone();
            changed[at] ^= 0x01;
            assertFalse(verifies(changed, keys.get().certificate()), "one bit changed at byte " + at + " of " + pdf.length);
        }
    }

    @Test
    void shouldNotVerifyAgainstAnotherKeysCertificate() throws Exception {
        assertFalse(verifies(signed(), SigningKey.selfSigned("另一个").certificate()));
    }
}
