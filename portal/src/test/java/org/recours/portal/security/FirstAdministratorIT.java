package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
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
 * and prints a one-time password, which must be changed at the first sign-in.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "recours.security.admin-branch=antenne-centrale")
@UsesOwnPostgres
class FirstAdministratorIT {

    private static final Pattern PRINTED = Pattern.compile("login 'admin', one-time password '([^']+)'");

    @LocalServerPort
    int port;

    @Test
    void theFirstAdministratorChangesThePrintedPasswordAtFirstSignIn(CapturedOutput output) throws Exception {
        var printed = PRINTED.matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password is printed on first start").isTrue();
        var api = new ApiClient(port);
        assertThat(api.get("/api/admin/branches/antenne-centrale").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/admin/branches/siege").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/staff").getBody()).contains("antenne-centrale");

        var session = new SignedInSession(port, "admin", printed.group(1));
        assertThat(session.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/mot-de-passe"));
        assertThat(session.changePassword(printed.group(1), "le-mot-de-passe-de-l-administrateur")).isEqualTo(302);
        assertThat(session.get("/admin").statusCode()).isEqualTo(200);
    }
}
