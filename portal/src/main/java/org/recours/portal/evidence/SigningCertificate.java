package org.recours.portal.evidence;

import io.swagger.v3.oas.annotations.Operation;
import java.security.cert.X509Certificate;
import java.util.Locale;
import org.recours.query.evidence.SigningKey;
import org.recours.query.evidence.TimestampAuthority;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The association's evidence-signing certificate, published for anyone (no account needed) so that a mediator, a
 * judge or the other party can check who signed a bundle: a page, the PEM file and its SHA-256 fingerprint in JSON.
 */
@Controller
class SigningCertificate {

    static final String FILE_NAME = "association-certificate.pem";

    /** What the API answers about the certificate. */
    record Published(
            String subject,
            String issuer,
            String sha256Fingerprint,
            String notBefore,
            String notAfter,
            boolean selfSigned,
            String pem,
            String timestampAuthority) {}

    private final SigningKey key;
    private final TimestampAuthority tsa;

    SigningCertificate(SigningKey key, TimestampAuthority tsa) {
        this.key = key;
        this.tsa = tsa;
    }

    @GetMapping("/signing-certificate")
    String page(Model model) {
        model.addAttribute("certificate", published());
        model.addAttribute("fingerprintPairs", pairs(key.fingerprint()));
        model.addAttribute("command", "python3 verify-evidence.py RC-XXXX-XXXX-preuves.zip --certificate " + FILE_NAME);
        return "signing-certificate";
    }

    @Operation(summary = "Read the association's signing certificate (public)")
    @GetMapping(value = "/api/signing-certificate", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Published json() {
        return published();
    }

    @Operation(summary = "Download the signing certificate as PEM (public)")
    @GetMapping(value = "/api/signing-certificate.pem", produces = "application/x-pem-file")
    @ResponseBody
    ResponseEntity<String> pem() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(FILE_NAME)
                                .build()
                                .toString())
                .body(pemText());
    }

    private Published published() {
        X509Certificate certificate = key.certificate();
        return new Published(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                key.fingerprint(),
                certificate.getNotBefore().toInstant().toString(),
                certificate.getNotAfter().toInstant().toString(),
                certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()),
                pemText(),
                tsa.url().map(Object::toString).orElse(null));
    }

    private String pemText() {
        return new String(
                org.recours.query.evidence.EvidenceBundle.pem(key), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The fingerprint in groups of four, easier to compare by eye or read out on the phone. */
    private static String pairs(String fingerprint) {
        return fingerprint.toUpperCase(Locale.ROOT).replaceAll("(.{4})(?!$)", "$1 ");
    }
}
