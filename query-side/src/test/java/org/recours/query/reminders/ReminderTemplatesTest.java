package org.recours.query.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ReminderKind;

class ReminderTemplatesTest {

    private final ReminderTemplates templates = new ReminderTemplates("https://recours.example.org/cases/{caseId}");
    private final ReminderTemplates.Reminder expiry = new ReminderTemplates.Reminder(new CaseId("RC-7K2M-9QXD"),
            "Amazon Prime Video", ReminderKind.RESPONSE_DEADLINE_EXPIRED, LocalDate.of(2031, 3, 10),
            "Le médiateur peut être saisi jusqu'au 8 janvier 2032 inclus.");

    @Test
    void theStaffEmailSaysWhatTheDeadlineMeansWhatToDoNextAndLinksToTheCase() {
        var mail = templates.render(ReminderMail.Audience.STAFF, expiry, "Marie Durand", LocalDate.of(2031, 3, 10));

        assertThat(mail.subject()).isEqualTo("[Recours] RC-7K2M-9QXD — Délai de réponse expiré : la médiation est "
                + "possible (10 mars 2031)");
        assertThat(mail.text()).contains("Bonjour Marie Durand", "Dossier RC-7K2M-9QXD (Amazon Prime Video)",
                "Échéance : 10 mars 2031.", "jusqu'au 8 janvier 2032 inclus", "L612-2",
                "Prochaine étape : Saisir le médiateur", "https://recours.example.org/cases/RC-7K2M-9QXD")
                .doesNotContain("{{");
        assertThat(mail.html()).contains("<a href=\"https://recours.example.org/cases/RC-7K2M-9QXD\">",
                "<td>10 mars 2031</td>").doesNotContain("{{");
    }

    @Test
    void theConsumerEmailAddressesTheConsumerWithoutTheStaffLink() {
        var mail = templates.render(ReminderMail.Audience.CONSUMER, expiry, "Camille Martin",
                LocalDate.of(2031, 3, 10));

        assertThat(mail.text()).contains("Bonjour Camille Martin", "Votre réclamation contre Amazon Prime Video")
                .doesNotContain("https://recours.example.org");
    }

    @Test
    void valuesAreEscapedInTheHtmlPart() {
        var mail = templates.render(ReminderMail.Audience.STAFF, expiry, "Marie <script>", LocalDate.of(2031, 3, 10));

        assertThat(mail.html()).contains("Marie &lt;script&gt;").doesNotContain("<script>");
        assertThat(mail.text()).contains("Marie <script>");
    }
}
