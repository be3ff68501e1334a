package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * On a fresh database the application creates the administrator in the configured branch (now a managed branch)
 * and writes a one-time password to an owner-only file (never to the console or the log), which must be changed at
 * the first sign-in.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "recours.security.admin-branch=antenne-centrale",
            "recours.data-dir=${java.io.tmpdir}/recours-first-administrator-it"
        })
@UsesOwnPostgres
class FirstAdministratorIT {

    private static final Path PASSWORD_FILE =
            Path.of(System.getProperty("java.io.tmpdir"), "recours-first-administrator-it", "initial-admin-password");

    @LocalServerPort
    int port;

    @Test
    void theFirstAdministratorChangesThePrintedPasswordAtFirstSignIn(CapturedOutput output) throws Exception {
        assertThat(Files.getPosixFilePermissions(PASSWORD_FILE))
                .as("readable by the application's account only")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        var oneTime = Files.readString(PASSWORD_FILE).strip();
        assertThat(output.getOut())
                .contains("administrator account created", PASSWORD_FILE.toString())
                .as("the password is never on the console or in the log")
                .doesNotContain(oneTime);
        assertThat(output.getErr()).doesNotContain(oneTime);
        var api = new ApiClient(port);
        assertThat(api.get("/api/admin/branches/antenne-centrale").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/admin/branches/siege").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/staff").getBody()).contains("antenne-centrale");

        var session = new SignedInSession(port, "admin", oneTime);
        assertThat(session.get("/admin").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/mot-de-passe"));
        assertThat(session.changePassword(oneTime, "le-mot-de-passe-de-l-administrateur"))
                .isEqualTo(302);
        assertThat(session.get("/admin").statusCode()).isEqualTo(200);
    }
}
