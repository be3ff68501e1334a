package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps — pages and API, read from Spring's own mapping table, so that a new one is
 * covered the day it is written — against every role: nobody signed in, staff, supervisor, administrator. The policy
 * below is the issue's, written out: administration for administrators, statistics for supervisors and
 * administrators, the rest for every signed-in member; nobody gets a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class RoleMatrixIT {

    private static final List<String> PUBLIC = List.of(
            "/login",
            "/error",
            "/acces-refuse",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/signing-certificate",
            "/api/signing-certificate",
            "/api/signing-certificate.pem",
            "/reclamation",
            "/reclamation/**",
            "/suivi/**");
    private static final List<String> ADMINISTRATORS =
            List.of("/api/admin/**", "/api/staff/**", "/admin/**", "/cases/{caseId}/effacement");
    private static final List<String> SUPERVISORS =
            List.of("/statistics", "/api/statistics", "/api/statistics.csv", "/equipe", "/api/statistics.xlsx");
    /** A campaign is run by supervisors: staff see it and add their cases, the rest of its steps are not theirs. */
    private static final List<String> SUPERVISORS_WRITE = List.of(
            "/api/campaigns",
            "/api/campaigns/*/standing",
            "/api/campaigns/*/exports/**",
            "/api/campaigns/*/formal-notices",
            "/api/campaigns/*/mediations",
            "/api/campaigns/*/group-actions",
            "/api/campaigns/*/judgment",
            "/api/campaigns/*/closure",
            "/api/campaigns/*/letters",
            "/campaigns/*/courriers",
            "/campaigns",
            "/campaigns/*/export",
            "/campaigns/*/mise-en-demeure",
            "/campaigns/*/agrement",
            "/campaigns/*/mediation",
            "/campaigns/*/action-de-groupe",
            "/campaigns/*/jugement",
            "/campaigns/*/cloture");

    private static final List<String> SUPERVISORS_READ = List.of("/api/campaigns/*/exports/**");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    enum Role {
        NOBODY,
        STAFF,
        SUPERVISOR,
        ADMINISTRATOR
    }

    record Endpoint(RequestMethod method, String pattern) {}

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void eachRoleReachesExactlyWhatItsRoleAllowsOnEveryEndpoint() throws Exception {
        var staff = StaffFixtures.client(port, "matrice-staff", "paris-11", "STAFF");
        var tokens = Map.of(
                Role.STAFF,
                staff.token(),
                Role.SUPERVISOR,
                StaffFixtures.client(port, "matrice-sup", "siege", "SUPERVISOR").token(),
                Role.ADMINISTRATOR,
                ApiClient.ADMIN_TOKEN);
        var filed =
                staff.post("/api/cases", briefFiling().withFacts("Publicités").json());
        var caseId = staff.json(filed).get("caseId").asString();
        var documentId = staff.json(
                        staff.upload("/api/cases/" + caseId + "/evidence", "releve.txt", "Relevé".getBytes(), "Relevé"))
                .get("documentId")
                .asString();
        staff.caseAtVersion(caseId, 1);

        var endpoints = endpoints();
        assertThat(endpoints)
                .as("the mapping table holds the application's endpoints")
                .contains(
                        new Endpoint(RequestMethod.POST, "/api/cases/{caseId}/mediations"),
                        new Endpoint(RequestMethod.GET, "/cases/{caseId}"));
        var wrong = new ArrayList<String>();
        var counts = new TreeMap<String, Integer>();
        for (var endpoint : endpoints) {
            var path = endpoint.pattern()
                    .replace("{caseId}", caseId)
                    .replace("{documentId}", documentId)
                    .replaceAll("\\{[^}]+}", "inconnu-0");
            for (var role : Role.values()) {
                int status = send(endpoint.method(), path, tokens.get(role));
                var verdict = verdict(role, endpoint, path, status);
                counts.merge(role + " " + verdict, 1, Integer::sum);
                if (verdict.startsWith("WRONG")) {
                    wrong.add(role + " " + endpoint.method() + " " + path + " → " + status + " (" + verdict + ")");
                }
            }
        }
        System.out.printf(
                "[role matrix] %d endpoints × %d roles: %s%n", endpoints.size(), Role.values().length, counts);
        assertThat(wrong).isEmpty();
    }

    private String verdict(Role role, Endpoint endpoint, String path, int status) {
        if (status >= 500) {
            return "WRONG: server error";
        }
        if (matches(PUBLIC, endpoint.pattern())) {
            return "public";
        }
        boolean refused = status == 401 || status == 403 || status == 302 && role == Role.NOBODY;
        boolean allowed = role == Role.ADMINISTRATOR
                || role == Role.SUPERVISOR && !matches(ADMINISTRATORS, endpoint.pattern())
                || role == Role.STAFF
                        && !matches(ADMINISTRATORS, endpoint.pattern())
                        && !matches(SUPERVISORS, endpoint.pattern())
                        && !supervisorsOnly(endpoint);
        if (role == Role.NOBODY || !allowed) {
            return refused ? "refused" : "WRONG: should be refused";
        }
        return status == 401 || status == 403 ? "WRONG: should be allowed" : "allowed";
    }

    private static boolean supervisorsOnly(Endpoint endpoint) {
        return matches(
                endpoint.method() == RequestMethod.GET ? SUPERVISORS_READ : SUPERVISORS_WRITE, endpoint.pattern());
    }

    private static boolean matches(List<String> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private int send(RequestMethod method, String path, String token) throws Exception {
        var page = !path.startsWith("/api/");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", page ? "text/html" : "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method == RequestMethod.GET) {
            request.GET();
        } else {
            request.header("Content-Type", page ? "application/x-www-form-urlencoded" : "application/json")
                    .method(method.name(), HttpRequest.BodyPublishers.ofString(page ? "" : "{}"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private List<Endpoint> endpoints() {
        var all = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.recours")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    all.add(new Endpoint(method, pattern));
                }
            }
        });
        return all;
    }
}
