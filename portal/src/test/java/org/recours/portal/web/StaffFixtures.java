package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.recours.portal.ApiClient;
import org.springframework.http.HttpStatus;

/** Staff accounts and API tokens made the way an administrator makes them: through the administration API. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    /** Creates (or resets) an account and answers its password. */
    public static String account(int port, String login, String branch, String role) {
        var password = "mot-de-passe-de-" + login + "-2026";
        var admin = new ApiClient(port);
        var created = admin.post("/api/admin/staff", """
                {"login": "%s", "fullName": "%s Test", "email": "%s@asso-conso.example", "branch": "%s",
                 "role": "%s", "password": "%s"}""".formatted(login, login, login, branch, role, password));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return password;
    }

    /** Creates (or resets) an account and answers an API client acting for it. */
    public static ApiClient client(int port, String login, String branch, String role) {
        account(port, login, branch, role);
        var issued = new ApiClient(port).post("/api/admin/api-tokens", """
                {"name": "outil de %s", "staffLogin": "%s"}""".formatted(login, login));
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.CREATED);
        return new ApiClient(port, new ApiClient(port).json(issued).get("token").asString());
    }
}
