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
 * {@code java -jar recours.jar verify <evidence-bundle.zip> [--certificate <association.pem>]}: checks a bundle
 * offline, without a database, and exits 0 when it is intact, 1 when it is not, 2 on a usage error.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--certificate"))) {
            out.println("usage: java -jar recours.jar verify <evidence-bundle.zip> [--certificate <certificate.pem>]");
            return 2;
        }
        try {
            var trusted = args.length == 3 ? certificate(Path.of(args[2])) : null;
            var report = BundleVerifier.verify(Path.of(args[0]), trusted);
            out.println("Recours evidence bundle " + args[0]);
            report.lines().forEach(out::println);
            return report.valid() ? 0 : 1;
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
