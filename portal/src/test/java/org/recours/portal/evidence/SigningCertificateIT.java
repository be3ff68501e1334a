package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.query.evidence.BundleVerifier;
import org.recours.query.evidence.EvidenceBundle;
import org.recours.query.evidence.SigningKey;
import org.recours.testing.TestTimestampAuthority;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14, "Trusted time and a certificate people can find": anyone, without an account, fetches the association's
 * signing certificate (page, PEM, fingerprint); bundles exported by the application carry the RFC 3161 timestamp of
 * the authority {@code recours.evidence.timestamping.url} names (here one the test starts), and verify with the
 * certificate so fetched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class SigningCertificateIT {

    private static final TestTimestampAuthority AUTHORITY = TestTimestampAuthority.start();

    @DynamicPropertySource
    static void timestamping(DynamicPropertyRegistry properties) {
        properties.add(
                "recours.evidence.timestamping.url", () -> AUTHORITY.url().toString());
    }

    @AfterAll
    static void stopTheAuthority() {
        AUTHORITY.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    SigningKey signingKey;

    @Autowired
    AuditTrailTable auditTrail;

    @Test
    void anyoneFetchesTheCertificateAndItsFingerprintWithoutAnAccount() {
        var anonymous = new ApiClient(port, null);

        var pem = anonymous.download("/api/signing-certificate.pem");
        assertThat(pem.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pem.getHeaders().getContentDisposition().getFilename()).isEqualTo("association-certificate.pem");
        assertThat(pem.getBody()).isEqualTo(EvidenceBundle.pem(signingKey));

        var json = anonymous.json(anonymous.get("/api/signing-certificate"));
        assertThat(json.get("sha256Fingerprint").asString()).isEqualTo(signingKey.fingerprint());
        assertThat(json.get("timestampAuthority").asString())
                .isEqualTo(AUTHORITY.url().toString());

        var page = anonymous.get("/signing-certificate?lang=en");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains(
                        "Evidence signing certificate",
                        signingKey.fingerprint().substring(0, 4).toUpperCase() + " "
                                + signingKey.fingerprint().substring(4, 8).toUpperCase(),
                        "association-certificate.pem",
                        AUTHORITY.url().toString());
    }

    @Test
    void anExportedBundleIsTimestampedAndVerifiesWithThePublishedCertificate() throws Exception {
        var api = new ApiClient(port);
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        var version = api.json(api.get("/api/cases/" + caseId)).get("version").asLong();
        EvidenceScenario.awaitHistory(auditTrail, caseId, version);
        var stampsBefore = AUTHORITY.requests();

        var bundle = api.download("/api/cases/" + caseId + "/evidence-bundle.zip");
        assertThat(bundle.getHeaders().getContentDisposition().getFilename()).isEqualTo(caseId + "-preuves.zip");
        var published = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(new ApiClient(port, null)
                        .download("/api/signing-certificate.pem")
                        .getBody()));

        var report = BundleVerifier.verify(bundle.getBody(), published);
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.timestamp()).isNotNull();
        assertThat(report.timestamp().valid()).isTrue();
        assertThat(AUTHORITY.requests()).isEqualTo(stampsBefore + 1);
        assertThat(new String(bundle.getBody(), StandardCharsets.ISO_8859_1)).contains(EvidenceBundle.TIMESTAMP);
    }
}
