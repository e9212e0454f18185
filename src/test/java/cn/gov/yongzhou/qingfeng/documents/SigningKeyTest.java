package cn.gov.yongzhou.qingfeng.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** The production key as the environment gives it: PEM text, RSA or EC, read back and usable; bad text refused. */
class SigningKeyTest {

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void shouldReadAnRsaKeyAndCertificateFromPem() throws Exception {
        SigningKey.Material made = SigningKey.selfSigned("测试");
        SigningKey.Material read = SigningKey.parse(pem("PRIVATE KEY", made.key().getEncoded()),
                pem("CERTIFICATE", made.certificate().getEncoded()));

        assertEquals(made.certificate(), read.certificate());
        assertEquals("SHA256withRSA", read.signatureAlgorithm());
        assertTrue(verifies(read));
    }

    @Test
    void shouldReadAnEcKeyAndSignWithEcdsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Qingfeng documents");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(), new Date(System.currentTimeMillis()
                        + 86_400_000L), name, pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));

        SigningKey.Material read = SigningKey.parse(pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                pem("CERTIFICATE", certificate.getEncoded()));

        assertEquals("SHA256withECDSA", read.signatureAlgorithm());
        assertTrue(verifies(read));
    }

    @Test
    void shouldRefuseUnreadableTextWithoutRepeatingIt() {
        String secret = "-----BEGIN PRIVATE KEY-----\nTk9UQUtFWXNlY3JldA==\n-----END PRIVATE KEY-----";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SigningKey.parse(secret, "not a certificate"));
        assertTrue(e.getMessage().contains("QINGFENG_DOCUMENT_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains("Tk9UQUtFWXNlY3JldA"), "the key's text is never in a message");
    }

    private static boolean verifies(SigningKey.Material m) throws Exception {
        Signature s = Signature.getInstance(m.signatureAlgorithm());
        s.initSign(m.key());
        s.update("公文".getBytes(StandardCharsets.UTF_8));
        byte[] signature = s.sign();
        Signature v = Signature.getInstance(m.signatureAlgorithm());
        v.initVerify(m.certificate().getPublicKey());
        v.update("公文".getBytes(StandardCharsets.UTF_8));
        return v.verify(signature);
    }
}
