package cn.gov.yongzhou.qingfeng.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF with the portal's document key as PAdES baseline B (ETSI EN 319 142-1): an incremental update
 * with a signature dictionary (ETSI.CAdES.detached) whose CMS signature covers every byte of the file but the
 * signature itself, carries the signing certificate (signing-certificate-v2) and leaves the time to the
 * dictionary's /M, as PAdES asks. A changed byte anywhere in the signed range breaks the signature.
 */
@ApplicationScoped
public class PdfSigner {

    /** Room for the CMS signature: a 4096-bit RSA signature and a chain of three certificates fit. */
    private static final int SIGNATURE_SIZE = 24_000;

    private final SigningKey keys;
    private final DocumentsConfig.Signing config;

    PdfSigner(SigningKey keys, DocumentsConfig config) {
        this.keys = keys;
        this.config = config.signing();
    }

    public byte[] sign(byte[] pdf, OffsetDateTime at, String reason) {
        SigningKey.Material material = keys.get();
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(config.name());
            signature.setLocation(config.location());
            signature.setReason(reason);
            signature.setSignDate(
                    GregorianCalendar.from(at.atZoneSameInstant(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE)));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, material), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(InputStream content, SigningKey.Material material) throws IOException {
        try {
            X509Certificate certificate = material.certificate();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(signingCertificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    // PAdES: the signing time is the dictionary's /M, not a CMS attribute
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters)
                            .remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(material.signatureAlgorithm()).build(material.key()),
                            certificate));
            generator.addCertificates(new JcaCertStore(material.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot sign the document", e);
        }
    }
}
