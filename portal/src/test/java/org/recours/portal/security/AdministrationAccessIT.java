package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Administration belongs to administrators: every {@code /admin/**} page and {@code /api/admin/**} endpoint the
 * application maps (read from its own handler mappings, so that a new one is covered too) refuses staff and
 * supervisors; its forms need their CSRF token; what was typed comes back as text, never as markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class AdministrationAccessIT {

    private static final String ATTACK = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(RequestMethod method, String path) {}

    @Test
    void staffAndSupervisorsAre403OnEveryAdministrationPageAndEndpoint() throws Exception {
        var endpoints = endpoints();
        assertThat(endpoints)
                .extracting(Endpoint::path)
                .contains(
                        "/admin",
                        "/admin/comptes",
                        "/admin/antennes/x",
                        "/admin/jetons/x/revocation",
                        "/admin/entreprises/x",
                        "/api/admin/branches/x",
                        "/api/admin/staff",
                        "/api/admin/api-tokens",
                        "/api/admin/companies/x");

        for (var role : List.of("STAFF", "SUPERVISOR")) {
            var login = role.toLowerCase() + "-sans-admin";
            var api = StaffFixtures.client(port, login, "siege", role);
            var session = new SignedInSession(port, login, StaffFixtures.account(port, login, "siege", role));
            for (var endpoint : endpoints) {
                var what = role + " " + endpoint;
                if (endpoint.path().startsWith("/api/")) {
                    var body = endpoint.method() == RequestMethod.GET || endpoint.method() == RequestMethod.DELETE
                            ? null
                            : "{}";
                    var answer = switch (endpoint.method()) {
                        case GET -> api.get(endpoint.path());
                        case POST -> api.post(endpoint.path(), body);
                        case PUT -> api.put(endpoint.path(), body);
                        case DELETE -> api.delete(endpoint.path());
                        default -> throw new AssertionError("unexpected " + what);
                    };
                    assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(answer.getHeaders().getContentType()).as(what).hasToString("application/problem+json");
                } else if (endpoint.method() == RequestMethod.GET) {
                    var page = session.get(endpoint.path());
                    assertThat(page.statusCode()).as(what).isEqualTo(403);
                    assertThat(page.body()).as(what).contains("Accès refusé");
                } else {
                    assertThat(session.postForm(endpoint.path(), "name=x&code=x", true))
                            .as(what)
                            .isEqualTo(403);
                }
            }
            assertThat(session.get("/cases").body())
                    .as("no Administration link for " + role)
                    .doesNotContain("href=\"/admin\"");
        }
    }

    @Test
    void administratorsReachEveryAdministrationPage() throws Exception {
        var admin = administrator();
        assertThat(admin.get("/cases").body()).contains("href=\"/admin\"");
        for (var path : List.of(
                "/admin",
                "/admin/comptes",
                "/admin/comptes/admin",
                "/admin/antennes",
                "/admin/antennes/siege",
                "/admin/jetons",
                "/admin/entreprises",
                "/admin/entreprises/nouvelle",
                "/admin/entreprises/" + COMPANY_ID)) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(admin.get("/admin/comptes/personne").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/antennes/atlantide").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdministrationFormSentWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var admin = administrator();

        assertThat(admin.postForm("/admin/antennes", "code=sans-jeton&name=Sans+jeton", false))
                .isEqualTo(403);
        assertThat(admin.postForm(
                        "/admin/comptes",
                        "login=sansjeton&fullName=Sans+Jeton&email=s%40a.example" + "&role=ADMINISTRATOR&branch=siege",
                        false))
                .isEqualTo(403);
        assertThat(admin.postForm("/admin/comptes/admin/mot-de-passe", "", false))
                .isEqualTo(403);
        assertThat(admin.postForm("/admin/jetons", "name=sans-jeton&staffLogin=admin", false))
                .isEqualTo(403);
        assertThat(admin.postForm("/admin/entreprises/" + COMPANY_ID, "name=Pirate", false))
                .isEqualTo(403);

        var api = new ApiClient(port);
        assertThat(api.get("/api/admin/branches/sans-jeton").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/staff").getBody()).doesNotContain("sansjeton");
        assertThat(api.get("/api/admin/api-tokens").getBody()).doesNotContain("sans-jeton");
        assertThat(api.get("/api/companies").getBody()).doesNotContain("Pirate");
        assertThat(admin.postForm("/admin/antennes", "code=avec-jeton&name=Avec+jeton", true))
                .isEqualTo(302);
        assertThat(api.get("/api/admin/branches/avec-jeton").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aBranchOrCompanyNamedWithMarkupIsShownAsText() throws Exception {
        var api = new ApiClient(port);
        var json = ATTACK.replace("'", "\\u0027");
        assertThat(api.post("/api/admin/branches", "{\"code\": \"xss\", \"name\": \"" + json + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.put("/api/admin/companies/xss-sa", """
                {"name": "%s", "consumerMediator": "%s", "headOffices": [{"entity": "%s", "street": "1 rue X",
                 "postalCode": "75001", "city": "Paris", "country": "France"}]}""".formatted(json, json, json))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var admin = administrator();

        for (var path : List.of(
                "/admin/antennes",
                "/admin/antennes/xss",
                "/admin/comptes",
                "/admin/entreprises",
                "/admin/entreprises/xss-sa")) {
            var page = admin.get(path).body();
            assertThat(page)
                    .as(path)
                    .doesNotContain("<script>alert", "<img src=x")
                    .contains("&lt;script&gt;alert");
        }
        var refused =
                admin.submit("/admin/antennes", "code=" + encode("Pas un code!") + "&name=" + encode(ATTACK), true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Code d&#39;antenne invalide")
                .doesNotContain("<script>alert")
                .contains("value=\"&lt;script&gt;alert");
    }

    private SignedInSession administrator() throws Exception {
        return new SignedInSession(port, "amelie", StaffFixtures.account(port, "amelie", "siege", "ADMINISTRATOR"));
    }

    private List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/admin")
                                || path.startsWith("/api/admin")
                                || path.startsWith("/api/staff"))
                        .forEach(path -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method ->
                                        endpoints.add(new Endpoint(method, path.replaceAll("\\{[^}]+}", "x"))))));
        return endpoints;
    }

    @Test
    void theApiKeepsThePagesRulesAnAdministratorKeepsTheirRoleADisabledAccountStaysDisabled() throws Exception {
        var vera = StaffFixtures.client(port, "vera", "siege", "ADMINISTRATOR");
        var demoted = vera.post("/api/admin/staff", """
                {"login": "vera", "fullName": "Vera Test", "email": "vera@asso-conso.example", "branch": "siege",
                 "role": "STAFF"}""");
        assertThat(demoted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(demoted.getBody()).contains("propre rôle d'administrateur");
        assertThat(vera.get("/api/admin/api-tokens").getStatusCode())
                .as("still an administrator")
                .isEqualTo(HttpStatus.OK);

        var hugo = StaffFixtures.client(port, "hugo", "siege", "STAFF");
        var admin =
                new SignedInSession(port, "amelie", StaffFixtures.account(port, "amelie", "siege", "ADMINISTRATOR"));
        assertThat(admin.postForm("/admin/comptes/hugo/activation", "enabled=false&confirmed=on", true))
                .isEqualTo(302);
        assertThat(hugo.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        var updated = vera.post("/api/admin/staff", """
                {"login": "hugo", "fullName": "Hugo Nouveau-Nom", "email": "hugo@asso-conso.example",
                 "branch": "siege", "role": "STAFF"}""");
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(hugo.get("/api/cases").getStatusCode())
                .as("its old token stays refused")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var password = vera.json(updated).get("oneTimePassword").asString();
        assertThat(SignedInSession.signIn(port, "hugo", password))
                .as("the account stays disabled")
                .endsWith("/login?error");
    }

    @Test
    void loginsFollowASafePatternAndNoAccountIsCalledSystem() {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "siege");
        for (var login : List.of(
                "=HYPERLINK(\\\"http://x.example\\\")",
                "+33612345678",
                "-moi",
                "@moi",
                "Avec Espace",
                "system",
                "SYSTEM")) {
            var refused = admin.post("/api/admin/staff", """
                    {"login": "%s", "fullName": "Quelqu'un", "email": "q@asso-conso.example", "branch": "siege",
                     "role": "STAFF"}""".formatted(login));
            assertThat(refused.getStatusCode()).as(login).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        var named = admin.post("/api/admin/staff", """
                {"login": "robot", "fullName": "System", "email": "q@asso-conso.example", "branch": "siege",
                 "role": "STAFF"}""");
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(named.getBody()).contains("system");
        assertThat(admin.put("/api/staff/system", """
                {"fullName": "Système", "email": "s@asso-conso.example", "branch": "siege"}""").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/api/staff").getBody()).doesNotContain("HYPERLINK", "\"system\"", "robot");
    }

    @Test
    void noCellOfACsvExportIsReadAsAFormula() throws Exception {
        var admin = new ApiClient(port);
        var formula = "=HYPERLINK(\\\"http://attaque.example\\\",\\\"Cliquez\\\")";
        assertThat(admin.put("/api/admin/companies/formule", """
                {"name": "%s", "consumerMediator": "-2+3", "responseWindowMonths": 2,
                 "headOffices": [{"entity": "@SUM(1+1)", "street": "1 rue de la Paix", "postalCode": "75002",
                                  "city": "Paris", "country": "France"}]}""".formatted(formula))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var filed = admin.post(
                "/api/cases",
                org.recours.portal.casefile.PrimeVideoCase.complaint().replace(COMPANY_ID, "formule"));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = admin.json(filed).get("caseId").asString();
        admin.awaitHistory(caseId, 1);

        var deadline = System.nanoTime() + 10_000_000_000L;
        var statistics = "";
        while (!statistics.contains("HYPERLINK") && System.nanoTime() < deadline) {
            statistics = admin.get("/api/statistics.csv").getBody();
            Thread.sleep(50);
        }
        var chronology = new String(
                admin.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(statistics).as("the company's name, shown as text").containsPattern("(?m)(^|;)\"?'=HYPERLINK");
        for (var csv : List.of(statistics, chronology)) {
            assertThat(csv)
                    .as("no cell starts with = + - @ tab or CR (French CSV: ; separates cells, CRLF lines)")
                    .doesNotContainPattern("(?m)(^|;)\"?([=+\\-@\\t]|\\r(?!\\n))");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
