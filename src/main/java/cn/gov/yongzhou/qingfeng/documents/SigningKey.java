package cn.gov.yongzhou.qingfeng.documents;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The portal's document key and certificate, which sign every approved PDF. In production both come from the
 * environment ({@code QINGFENG_DOCUMENT_KEY}, {@code QINGFENG_DOCUMENT_CERTIFICATE}); in dev and test a key is
 * made at first use with a self-signed certificate. Without either, approving a document fails with a message
 * that says so (the rest of the portal runs). The key is never logged.
 */
@ApplicationScoped
public class SigningKey {

    /** The key, its certificate first in the chain. */
    public record Material(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }

        public String signatureAlgorithm() {
            return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        }
    }

    /** No key configured: documents cannot be signed, so none can be approved. */
    public static class Missing extends IllegalStateException {
        Missing() {
            super("no document signing key: set QINGFENG_DOCUMENT_KEY and QINGFENG_DOCUMENT_CERTIFICATE");
        }
    }

    private final DocumentsConfig.Signing config;
    private volatile Material material;

    SigningKey(DocumentsConfig config) {
        this.config = config.signing();
    }

    public Material get() {
        Material m = material;
        if (m == null) {
            synchronized (this) {
                if (material == null) {
                    material = load();
                }
                m = material;
            }
        }
        return m;
    }

    /** The certificate as PEM, for recipients who check a signature. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(get().certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Material load() {
        if (config.key().isPresent() && config.certificate().isPresent()) {
            return parse(config.key().get(), config.certificate().get());
        }
        if (!config.selfSigned()) {
            throw new Missing();
        }
        Log.info("documents: no signing key configured, signing with a self-signed key made now (dev/test only)");
        return selfSigned(config.name());
    }

    static Material parse(String keyPem, String certificatePem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(keyPem.replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey key;
            try {
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notRsa) {
                key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            }
            List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toList();
            if (chain.isEmpty()) {
                throw new IllegalStateException("the document certificate holds no certificate");
            }
            return new Material(key, chain);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the message names the setting, never the key
            throw new IllegalStateException("QINGFENG_DOCUMENT_KEY or QINGFENG_DOCUMENT_CERTIFICATE cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    static Material selfSigned(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, "Qingfeng").addRDN(BCStyle.CN, name + "（自签名，仅供开发和测试）").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new Material(pair.getPrivate(), List.of(certificate));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a self-signed document key", e);
        }
    }
}
