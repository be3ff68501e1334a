package org.recours.query.evidence;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks, offline, the RFC 3161 timestamp of a bundle's signature: the token is signed by the TSA certificate it
 * carries (which must be meant for time-stamping), and it dates exactly the bytes of {@code manifest.sha256.p7s}.
 * Whether that TSA is one to trust is checked against its published root with {@code openssl ts -verify -CAfile}.
 */
public final class Timestamp {

    /** The outcome: when, by whom, or why not. */
    public record Check(boolean valid, Instant time, String authority, String problem) {}

    private Timestamp() {}

    public static Check verify(byte[] response, byte[] signature) {
        try {
            TimeStampToken token = new TimeStampResponse(response).getTimeStampToken();
            if (token == null) {
                return new Check(false, null, null, "the timestamp response holds no token");
            }
            var certificates = token.getCertificates().getMatches(token.getSID());
            if (certificates.isEmpty()) {
                return new Check(false, null, null, "the timestamp token does not carry its TSA's certificate");
            }
            var tsa = (X509CertificateHolder) certificates.iterator().next();
            var usage = org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(tsa.getExtensions());
            if (usage == null || !usage.hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping)) {
                return new Check(false, null, null, "the timestamp's certificate is not meant for time-stamping");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            var info = token.getTimeStampInfo();
            var digest =
                    MessageDigest.getInstance(info.getMessageImprintAlgOID().getId());
            if (!MessageDigest.isEqual(digest.digest(signature), info.getMessageImprintDigest())) {
                return new Check(
                        false,
                        null,
                        tsa.getSubject().toString(),
                        "the timestamp dates other content than manifest.sha256.p7s");
            }
            return new Check(
                    true, info.getGenTime().toInstant(), tsa.getSubject().toString(), null);
        } catch (TSPException
                | IOException
                | NoSuchAlgorithmException
                | RuntimeException
                | org.bouncycastle.operator.OperatorCreationException
                | java.security.cert.CertificateException e) {
            return new Check(false, null, null, "the timestamp cannot be checked: " + e.getMessage());
        }
    }
}
