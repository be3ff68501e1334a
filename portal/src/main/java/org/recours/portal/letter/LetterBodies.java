package org.recours.portal.letter;

import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/** The body of a template as sent by an administrator: present, and of a sane size. */
final class LetterBodies {

    static final int MAX_LENGTH = 100_000;

    private LetterBodies() {}

    static String require(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidCaseData("body", RefusalText.of("check.template-empty"));
        }
        return Require.text("body", body, MAX_LENGTH);
    }
}
