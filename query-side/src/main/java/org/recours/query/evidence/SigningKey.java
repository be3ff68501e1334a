package org.recours.query.evidence;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.recours.kernel.casefile.Sha256;

/** The association's key and certificate that sign evidence bundles. */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    /** The SHA-256 fingerprint of the certificate, which the association publishes so that signatures can be trusted. */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return Sha256.of(certificate.getEncoded()).hex();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
    }
}
