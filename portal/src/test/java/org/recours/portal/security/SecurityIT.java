package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who reaches what: roles against endpoints, branches against every path to a case, CSRF, XSS, sign-in throttle. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient paris;
    ApiClient lyon;
    ApiClient supervisor;

    @BeforeEach
    void staff() {
        paris = StaffFixtures.client(port, "ines", "paris-11", "STAFF");
        lyon = StaffFixtures.client(port, "theo", "lyon", "STAFF");
        supervisor = StaffFixtures.client(port, "sarah", "siege", "SUPERVISOR");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndThePagesAskToSignIn() throws Exception {
        var anonymous = new ApiClient(port, null);
        var refused = anonymous.get("/api/cases");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(new ApiClient(port, "rct_not-a-real-token").get("/api/cases").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/cases"))
                                .header("Accept", "text/html,application/xhtml+xml")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aStaffMemberReachesNoCaseOfAnotherBranchByAnyPath() {
        var caseId = fileFor(paris, "paris-11");
        var documentId = paris.json(paris.upload(
                        "/api/cases/" + caseId + "/evidence",
                        "note.txt",
                        "Relevé des prélèvements".getBytes(),
                        "Relevé"))
                .get("documentId")
                .asString();
        paris.caseAtVersion(caseId, 1);

        for (var path : List.of(
                "",
                "/history",
                "/export.pdf",
                "/export.json",
                "/export.csv",
                "/evidence-bundle.zip",
                "/formal-letter.pdf",
                "/evidence/" + documentId)) {
            assertThat(lyon.get("/api/cases/" + caseId + path).getStatusCode())
                    .as("GET " + path)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(paris.get("/api/cases/" + caseId + path).getStatusCode())
                    .as("own GET " + path)
                    .isEqualTo(HttpStatus.OK);
            assertThat(supervisor.get("/api/cases/" + caseId + path).getStatusCode())
                    .as("supervisor GET " + path)
                    .isEqualTo(HttpStatus.OK);
        }
        var note = lyon.post("/api/cases/" + caseId + "/notes", "{\"text\": \"intrusion\"}");
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lyon.json(note).get("detail").asString()).contains("Aucun dossier");
        assertThat(lyon.upload("/api/cases/" + caseId + "/evidence", "x.txt", "x".getBytes(), "x")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lyon.post("/api/cases/" + caseId + "/evidence/" + documentId + "/withdrawal", "{\"reason\": \"x\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lyon.get("/api/cases?q=" + caseId).getBody()).doesNotContain(caseId);
        assertThat(lyon.get("/api/cases?branch=paris-11").getBody()).doesNotContain(caseId);
        assertThat(supervisor.get("/api/cases?q=" + caseId).getBody()).contains(caseId);
        assertThat(paris.caseAtVersion(caseId, 1).get("notes")).isEmpty();
    }

    @Test
    void anotherBranchsCaseIsUnknownWhateverTheIfMatch() {
        var caseId = fileFor(paris, "paris-11");
        paris.caseAtVersion(caseId, 0);

        for (var ifMatch : List.of("\"0\"", "\"1\"", "\"57\"", "*")) {
            var probe = lyon.post("/api/cases/" + caseId + "/notes", ifMatch, "{\"text\": \"sonde\"}");
            assertThat(probe.getStatusCode()).as("If-Match " + ifMatch).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(probe.getBody()).as("If-Match " + ifMatch).doesNotContain("currentVersion", "version 0");
        }
        var stale = paris.post("/api/cases/" + caseId + "/notes", "\"57\"", "{\"text\": \"note\"}");
        assertThat(stale.getStatusCode())
                .as("the case's own branch learns its version")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(paris.json(stale).get("currentVersion").asLong()).isZero();
    }

    @Test
    void aStaffMemberFilesOnlyForTheirBranch() {
        var refused = lyon.post("/api/cases", complaint("paris-11", "Faits"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(lyon.json(refused).get("detail").asString()).contains("votre antenne (lyon)");
        assertThat(supervisor.post("/api/cases", complaint("paris-11", "Faits")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onlyAdministratorsManageAccountsAndTokens() {
        for (var client : List.of(paris, supervisor)) {
            assertThat(client.get("/api/admin/api-tokens").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(client.post("/api/admin/staff", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(client.get("/api/staff").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(new ApiClient(port).get("/api/admin/api-tokens").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        var admin = new ApiClient(port);
        var issued =
                admin.json(admin.post("/api/admin/api-tokens", "{\"name\": \"script\", \"staffLogin\": \"ines\"}"));
        var client = new ApiClient(port, issued.get("token").asString());
        assertThat(client.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
        var tokenId = java.util.stream.StreamSupport.stream(
                        admin.json(admin.get("/api/admin/api-tokens")).spliterator(), false)
                .filter(t -> t.get("name").asString().equals("script"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .get("tokenId")
                .asString();

        assertThat(admin.delete("/api/admin/api-tokens/" + tokenId).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(client.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        var browser = new SignedInSession(port, "ines", StaffFixtures.account(port, "ines", "paris-11", "STAFF"));
        var caseId = fileFor(paris, "paris-11");

        assertThat(browser.postForm("/cases/" + caseId + "/note", "text=sans+jeton", false))
                .isEqualTo(403);
        assertThat(browser.postForm("/cases/" + caseId + "/note", "text=avec+jeton", true))
                .isEqualTo(302);
        assertThat(paris.caseAtVersion(caseId, 1).get("notes")).hasSize(1);
    }

    @Test
    void textTypedByStaffIsShownAsTextNeverRunAsScript() throws Exception {
        var attack = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        var caseId = paris.json(paris.post("/api/cases", complaint("paris-11", attack)))
                .get("caseId")
                .asString();
        paris.post("/api/cases/" + caseId + "/notes", "{\"text\": \"" + attack.replace("'", "\\u0027") + "\"}");
        paris.caseAtVersion(caseId, 1);
        paris.awaitHistory(caseId, 2); // the chronology, where the typed text shows, is the audit trail's
        var browser = new SignedInSession(port, "ines", StaffFixtures.account(port, "ines", "paris-11", "STAFF"));

        var page = browser.get("/cases/" + caseId);

        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        var csv = new String(
                paris.download("/api/cases/" + caseId + "/export.csv").getBody());
        assertThat(csv).contains("<script>"); // data, quoted, for a spreadsheet: never served as HTML
        assertThat(paris.download("/api/cases/" + caseId + "/export.csv")
                        .getHeaders()
                        .getContentType())
                .hasToString("text/csv;charset=UTF-8");
    }

    @Test
    void repeatedFailedSignInsLockTheAccount() throws Exception {
        var password = StaffFixtures.account(port, "noe", "lyon", "STAFF");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(SignedInSession.signIn(port, "noe", "mauvais-mot-de-passe"))
                    .endsWith("/login?error");
        }
        assertThat(SignedInSession.signIn(port, "noe", password))
                .as("locked even with the right password")
                .endsWith("/login?error");
        StaffFixtures.account(port, "noe", "lyon", "STAFF"); // an administrator resets the account
        assertThat(SignedInSession.signIn(port, "noe", password)).doesNotContain("error");
    }

    @Test
    void concurrentGuessesAfterFourFailuresHaveOnlyOneMorePasswordChecked() throws Exception {
        var password = StaffFixtures.account(port, "jade", "lyon", "STAFF");
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(SignedInSession.signIn(port, "jade", "mauvais-mot-de-passe"))
                    .endsWith("/login?error");
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var guessers = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var guesses = new ArrayList<java.util.concurrent.Future<String>>();
            for (int guess = 0; guess < 40; guess++) {
                var wrong = "mauvais-essai-" + guess;
                guesses.add(guessers.submit(() -> {
                    start.await();
                    return SignedInSession.signIn(port, "jade", wrong);
                }));
            }
            start.countDown();
            for (var guess : guesses) {
                assertThat(guess.get()).endsWith("/login?error");
            }
        } finally {
            guessers.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT failed_sign_ins FROM staff_member WHERE login = 'jade'", Integer.class))
                .as("passwords checked: the 4 failures and exactly one of the 40 concurrent guesses")
                .isEqualTo(5);
        assertThat(SignedInSession.signIn(port, "jade", password)).as("locked").endsWith("/login?error");
    }

    @Test
    void changingOnesPasswordSignsOutOnesOtherSessions() throws Exception {
        var password = StaffFixtures.account(port, "lison", "lyon", "STAFF");
        var here = new SignedInSession(port, "lison", password);
        var elsewhere = new SignedInSession(port, "lison", password);
        assertThat(elsewhere.get("/cases").statusCode()).isEqualTo(200);

        assertThat(here.changePassword(password, "quatre-mots-sans-rapport-lison"))
                .isEqualTo(302);

        assertThat(here.get("/cases").statusCode())
                .as("the session that changed it goes on")
                .isEqualTo(200);
        var other = elsewhere.get("/cases");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void guessingTheCurrentPasswordOnThePasswordPageLocksTheAccount() throws Exception {
        var password = StaffFixtures.account(port, "maelle", "lyon", "STAFF");
        var session = new SignedInSession(port, "maelle", password);
        for (int guess = 0; guess < 5; guess++) {
            var refused = session.submit(
                    "/mot-de-passe",
                    "currentPassword=essai-" + guess
                            + "&newPassword=quatre-mots-sans-rapport&confirmation=quatre-mots-sans-rapport",
                    true);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("pas le bon");
        }
        var locked = session.submit(
                "/mot-de-passe",
                "currentPassword=" + password
                        + "&newPassword=quatre-mots-sans-rapport&confirmation=quatre-mots-sans-rapport",
                true);
        assertThat(locked.statusCode())
                .as("locked even with the right password")
                .isEqualTo(422);
        assertThat(locked.body()).contains("verrouillé");
        assertThat(SignedInSession.signIn(port, "maelle", password))
                .as("sign-in locked too")
                .endsWith("/login?error");
    }

    @Test
    void commonAndTrivialPasswordsAreRefused() throws Exception {
        var password = StaffFixtures.account(port, "gaspard", "lyon", "STAFF");
        var session = new SignedInSession(port, "gaspard", password);
        for (var weak : List.of(
                "aaaaaaaaaaaa", "password1234", "azertyuiop12", "123456789012", "gaspard12345", "motdepasse2026")) {
            var refused = session.submit(
                    "/mot-de-passe",
                    "currentPassword=" + password + "&newPassword=" + weak + "&confirmation=" + weak,
                    true);
            assertThat(refused.statusCode()).as(weak).isEqualTo(422);
            assertThat(refused.body()).as(weak).contains("trop facile à deviner");
        }
        assertThat(session.changePassword(password, "cerf-volant-bleu-sur-la-dune"))
                .isEqualTo(302);
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var http = HttpClient.newHttpClient();
        var proxied = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));

        var plain = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP: no HSTS")
                .isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }

    private String fileFor(ApiClient client, String branch) {
        var filed = client.post("/api/cases", complaint(branch, "Publicités dans l'abonnement payant"));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return client.json(filed).get("caseId").asString();
    }

    private static String complaint(String branch, String facts) {
        return briefFiling().withFacts(facts).inBranch(branch).json();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
