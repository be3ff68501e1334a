package org.recours.query.evidence;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.recours.kernel.casefile.Sha256;

/**
 * Detached CMS (PKCS#7) signatures, DER-encoded, with the signer's certificate inside: what
 * {@code openssl cms -verify -binary -inform DER -content <file>} checks.
 */
public final class CmsSignature {

    /** The outcome of checking a signature: valid or not, and who signed (the certificate's SHA-256). */
    public record Check(boolean valid, String signer, String signerFingerprint, String problem) {}

    private CmsSignature() {}

    public static byte[] sign(byte[] content, SigningKey key) {
        try {
            var generator = new CMSSignedDataGenerator();
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("the evidence cannot be signed", e);
        }
    }

    public static Check verify(byte[] content, byte[] signature) {
        try {
            var signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            var signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Check(false, null, null, "expected one signer, found " + signers.size());
            }
            SignerInformation signerInfo = signers.iterator().next();
            var certificates = signed.getCertificates().getMatches(signerInfo.getSID());
            if (certificates.isEmpty()) {
                return new Check(false, null, null, "the signer's certificate is not in the signature");
            }
            var certificate = (X509CertificateHolder) certificates.iterator().next();
            var valid = signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new Check(
                    valid,
                    certificate.getSubject().toString(),
                    Sha256.of(certificate.getEncoded()).hex(),
                    valid ? null : "the signature does not match the signed content");
        } catch (CMSException
                | OperatorCreationException
                | IOException
                | java.security.cert.CertificateException
                | RuntimeException e) {
            return new Check(false, null, null, "the signature cannot be checked: " + e.getMessage());
        }
    }

    public static String fingerprint(X509Certificate certificate) {
        return SigningKey.fingerprint(certificate);
    }
}
