package org.recours.portal.intake;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/** What the consumer's pages share. */
final class IntakePages {

    private IntakePages() {}

    /**
     * The one answer to a link that opens nothing: unknown, used, expired or revoked alike (404), so that trying
     * links tells nothing.
     */
    static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "intake/invalid-link";
    }
}
