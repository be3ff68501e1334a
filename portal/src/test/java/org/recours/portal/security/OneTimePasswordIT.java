package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A password an administrator hands over is used once: its owner chooses their own before reaching any page.
 * API tokens are not concerned. A disabled account loses its session at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class OneTimePasswordIT {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @LocalServerPort
    int port;

    @Test
    void whoeverSignsInWithAOneTimePasswordIsSentToChangeItBeforeAnyOtherPage() throws Exception {
        var oneTime = StaffFixtures.oneTimeAccount(port, "jules", "siege", "STAFF");
        var session = new SignedInSession(port, "jules", oneTime);

        for (var path : java.util.List.of("/cases", "/cases/new", "/reminders", "/")) {
            var page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/mot-de-passe"));
        }
        var api = session.get("/api/cases");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("password-change-required");
        var form = session.get("/mot-de-passe");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Changer votre mot de passe", "ne sert qu&#39;une fois");
    }

    @Test
    void theChosenPasswordIsLongEnoughConfirmedAndNotTheOneTimeOne() throws Exception {
        var oneTime = StaffFixtures.oneTimeAccount(port, "margot", "siege", "STAFF");
        var session = new SignedInSession(port, "margot", oneTime);

        assertRefused(session, oneTime, "courtmdp", "courtmdp", "au moins 12 caractères");
        assertRefused(session, oneTime, oneTime, oneTime, "différent de celui que vous avez reçu");
        assertRefused(
                session,
                "devine-devine",
                "une-phrase-assez-longue",
                "une-phrase-assez-longue",
                "Le mot de passe actuel n&#39;est pas le bon");
        assertRefused(session, oneTime, "une-phrase-assez-longue", "une-autre-phrase-longue", "diffèrent");
        assertThat(session.get("/cases").statusCode()).as("still to be changed").isEqualTo(302);

        assertThat(session.changePassword(oneTime, "une-phrase-assez-longue")).isEqualTo(302);

        assertThat(session.get("/cases").statusCode()).isEqualTo(200);
        assertThat(SignedInSession.signIn(port, "margot", oneTime)).endsWith("/login?error");
        var next = new SignedInSession(port, "margot", "une-phrase-assez-longue");
        assertThat(next.get("/cases").statusCode())
                .as("no second forced change")
                .isEqualTo(200);
    }

    @Test
    void anApiTokenWorksWhileItsAccountStillHoldsAOneTimePassword() {
        var client = StaffFixtures.client(port, "oscar", "siege", "STAFF");

        assertThat(client.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPasswordResetByAnAdministratorIsAOneTimePasswordAgain() throws Exception {
        var chosen = StaffFixtures.account(port, "lina", "siege", "STAFF");
        var admin =
                new SignedInSession(port, "amelie", StaffFixtures.account(port, "amelie", "siege", "ADMINISTRATOR"));

        assertThat(admin.postForm("/admin/comptes/lina/mot-de-passe", "", true)).isEqualTo(302);
        var matcher = ONE_TIME_PASSWORD.matcher(admin.get("/admin/comptes/lina").body());
        assertThat(matcher.find()).as("the new one-time password is shown once").isTrue();
        assertThat(admin.get("/admin/comptes/lina").body()).doesNotContain("one-time-password");

        assertThat(SignedInSession.signIn(port, "lina", chosen)).endsWith("/login?error");
        var session = new SignedInSession(port, "lina", matcher.group(1));
        assertThat(session.get("/cases").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/mot-de-passe"));
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextRequestAndItsTokensRefused() throws Exception {
        var client = StaffFixtures.client(port, "basile", "siege", "STAFF");
        var session = new SignedInSession(port, "basile", StaffFixtures.account(port, "basile", "siege", "STAFF"));
        assertThat(session.get("/cases").statusCode()).isEqualTo(200);
        var admin =
                new SignedInSession(port, "amelie", StaffFixtures.account(port, "amelie", "siege", "ADMINISTRATOR"));

        assertThat(admin.postForm("/admin/comptes/basile/activation", "enabled=false&confirmed=on", true))
                .isEqualTo(302);

        var page = session.get("/cases");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(client.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin.postForm("/admin/comptes/amelie/activation", "enabled=false&confirmed=on", true))
                .as("an administrator cannot disable their own account")
                .isEqualTo(422);
        assertThat(new ApiClient(port).get("/api/staff").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A refused change says why, and never sends a password back into the page. */
    private static void assertRefused(
            SignedInSession session, String current, String chosen, String confirmation, String message)
            throws Exception {
        var refused = session.submit(
                "/mot-de-passe",
                "currentPassword=" + current + "&newPassword=" + chosen + "&confirmation=" + confirmation,
                true);
        assertThat(refused.statusCode()).as(chosen).isEqualTo(422);
        assertThat(refused.body()).as(chosen).contains(message).doesNotContain(current, chosen, confirmation);
    }
}
