package org.recours.portal.consumer;

import java.security.Principal;
import org.recours.kernel.casefile.RecordPersonalDataErasure;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.recours.query.reminders.ReminderOutbox;
import org.springframework.stereotype.Service;

/**
 * Erases a case's consumer's personal data on their request (GDPR, art. 17): the vault's row, their addresses in the
 * reminder outbox; then the case records the erasure. Events never held personal data, so the history and its hash
 * chain stay whole and verifiable; pages, API and exports then show "données effacées".
 */
@Service
public class ConsumerErasure {

    private final CaseAccess access;
    private final PersonalDataVault vault;
    private final ReminderOutbox outbox;
    private final CaseSteps steps;

    ConsumerErasure(CaseAccess access, PersonalDataVault vault, ReminderOutbox outbox, CaseSteps steps) {
        this.access = access;
        this.vault = vault;
        this.outbox = outbox;
        this.steps = steps;
    }

    /** Answers the case's new version. */
    public long erase(String caseId, String reason, Principal principal) {
        var file = access.visible(caseId, principal);
        var command = new RecordPersonalDataErasure(file.caseId(), null, reason);
        vault.erase(file.consumer());
        outbox.forgetConsumer(file.caseId().value());
        return steps.send(command, principal);
    }
}
