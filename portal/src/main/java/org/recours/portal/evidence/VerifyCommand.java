package org.recours.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.recours.query.evidence.BundleVerifier;

/**
 * {@code java -jar recours.jar verify <bundle.zip> [--certificate <association.pem>] [--accept-untrusted-signer]}:
 * checks a bundle offline, without a database. Exit status as {@code docs/verify-evidence.py}: 0 intact (and signed by
 * the given certificate, or any signer accepted), 1 altered, forged or malformed, 2 usage error or unreadable file,
 * 3 intact but the signer was not checked.
 */
public final class VerifyCommand {

    static final String USAGE = """
            usage: java -jar recours.jar verify <bundle.zip> [--certificate <certificate.pem>] [--accept-untrusted-signer]

            Checks a Recours evidence bundle (e.g. RC-7K2M-9QXD-preuves.zip) offline: the ZIP's structure, the
            signature of its manifest and who signed it, every file against the manifest, the audit trail's hash
            chain and the attached documents (docs/evidence-format.md).

              --certificate <pem>        the association's published signing certificate: the signer must be it
              --accept-untrusted-signer  without --certificate, accept any signer (the report still warns)

            Exit status: 0 intact, 1 altered, forged or malformed, 2 usage error or unreadable file,
            3 intact but its signer was not checked.""";

    private VerifyCommand() {}

    public static int run(String[] args, PrintStream out) {
        String bundle = null;
        String certificate = null;
        var acceptUntrusted = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--accept-untrusted-signer" -> acceptUntrusted = true;
                case "--certificate" -> {
                    if (i + 1 == args.length) {
                        out.println(USAGE);
                        return 2;
                    }
                    certificate = args[++i];
                }
                default -> {
                    if (bundle != null || args[i].startsWith("--")) {
                        out.println(USAGE);
                        return 2;
                    }
                    bundle = args[i];
                }
            }
        }
        if (bundle == null) {
            out.println(USAGE);
            return 2;
        }
        try {
            var trusted = certificate == null ? null : certificate(Path.of(certificate));
            var report = BundleVerifier.verify(Path.of(bundle), trusted);
            out.println("Recours evidence bundle " + bundle);
            report.lines(acceptUntrusted).forEach(out::println);
            return report.exitCode(acceptUntrusted);
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            out.println("FAIL cannot read: " + e.getMessage());
            return 2;
        }
    }

    private static X509Certificate certificate(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
