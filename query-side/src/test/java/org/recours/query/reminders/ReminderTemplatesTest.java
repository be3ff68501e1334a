package org.recours.query.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ReminderKind;

class ReminderTemplatesTest {

    private final ReminderTemplates templates = new ReminderTemplates("https://recours.example.org/cases/{caseId}");
    private final ReminderTemplates.Reminder expiry = new ReminderTemplates.Reminder(
            CASE,
            COMPANY_NAME,
            ReminderKind.RESPONSE_DEADLINE_EXPIRED,
            LocalDate.of(2031, 3, 10),
            "Le médiateur peut être saisi jusqu'au 8 janvier 2032 inclus.");

    @Test
    void theStaffEmailSaysWhatTheDeadlineMeansWhatToDoNextAndLinksToTheCase() {
        var mail = templates.render(ReminderMail.Audience.STAFF, expiry, "Marie Durand", LocalDate.of(2031, 3, 10));

        assertThat(mail.subject())
                .isEqualTo("[Recours] RC-7K2M-9QXD — Délai de réponse expiré : la médiation est "
                        + "possible (10 mars 2031)");
        assertThat(mail.text())
                .contains(
                        "Bonjour Marie Durand",
                        "Dossier RC-7K2M-9QXD (" + COMPANY_NAME + ")",
                        "Échéance : 10 mars 2031.",
                        "jusqu'au 8 janvier 2032 inclus",
                        "L612-2",
                        "Prochaine étape : Saisir le médiateur",
                        "https://recours.example.org/cases/RC-7K2M-9QXD")
                .doesNotContain("{{");
        assertThat(mail.html())
                .contains("<a href=\"https://recours.example.org/cases/RC-7K2M-9QXD\">", "<td>10 mars 2031</td>")
                .doesNotContain("{{");
    }

    @Test
    void theConsumerEmailAddressesTheConsumerWithoutTheStaffLink() {
        var mail = templates.render(ReminderMail.Audience.CONSUMER, expiry, CONSUMER_NAME, LocalDate.of(2031, 3, 10));

        assertThat(mail.text())
                .contains("Bonjour " + CONSUMER_NAME, "Votre réclamation contre " + COMPANY_NAME)
                .doesNotContain("https://recours.example.org");
    }

    @Test
    void valuesAreEscapedInTheHtmlPart() {
        var mail = templates.render(ReminderMail.Audience.STAFF, expiry, "Marie <script>", LocalDate.of(2031, 3, 10));

        assertThat(mail.html()).contains("Marie &lt;script&gt;").doesNotContain("<script>");
        assertThat(mail.text()).contains("Marie <script>");
    }
}
