package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.recours.portal.ApiClient;
import org.recours.portal.security.SignedInSession;
import org.springframework.http.HttpStatus;

/**
 * Branches, staff accounts and API tokens made the way an administrator makes them (through the administration
 * API), and the one-time password replaced the way its owner replaces it (through the page).
 */
public final class StaffFixtures {

    private StaffFixtures() {}

    /** Creates the branch unless it exists already. */
    public static void branch(ApiClient admin, String code) {
        var created = admin.post("/api/admin/branches", """
                {"code": "%s", "name": "Antenne %s"}""".formatted(code, code));
        assertThat(created.getStatusCode()).as(created.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
    }

    /** Creates (or resets) an account in its branch, and answers the password its owner chose at first sign-in. */
    public static String account(int port, String login, String branch, String role) {
        var oneTimePassword = oneTimeAccount(port, login, branch, role);
        var password = "mot-de-passe-de-" + login + "-2026";
        try {
            var owner = new SignedInSession(port, login, oneTimePassword);
            assertThat(owner.changePassword(oneTimePassword, password)).isEqualTo(302);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return password;
    }

    /** Creates (or resets) an account in its branch and answers the one-time password the administrator hands over. */
    public static String oneTimeAccount(int port, String login, String branch, String role) {
        var admin = new ApiClient(port);
        branch(admin, branch);
        var created = admin.post("/api/admin/staff", """
                {"login": "%s", "fullName": "%s Test", "email": "%s@asso-conso.example", "branch": "%s",
                 "role": "%s"}""".formatted(login, login, login, branch, role));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return admin.json(created).get("oneTimePassword").asString();
    }

    /**
     * Creates (or resets) an account and answers an API client acting for it: a token works even while the account's
     * owner has not yet replaced their one-time password.
     */
    public static ApiClient client(int port, String login, String branch, String role) {
        oneTimeAccount(port, login, branch, role);
        var issued = new ApiClient(port).post("/api/admin/api-tokens", """
                {"name": "outil de %s", "staffLogin": "%s"}""".formatted(login, login));
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.CREATED);
        return new ApiClient(port, new ApiClient(port).json(issued).get("token").asString());
    }
}
