package org.recours.portal.consumer;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ConsumerDetail;
import org.recours.kernel.casefile.RecordConsumerDetailsUpdate;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.springframework.stereotype.Service;

/**
 * Staff update a case's consumer's contact details: the case records which items changed (never their values), then
 * the vault holds the new ones. Nothing is recorded when nothing changed, or once the consumer's data was erased.
 */
@Service
public class ConsumerDetailsUpdate {

    private final CaseAccess access;
    private final PersonalDataVault vault;
    private final CaseSteps steps;

    ConsumerDetailsUpdate(CaseAccess access, PersonalDataVault vault, CaseSteps steps) {
        this.access = access;
        this.vault = vault;
        this.steps = steps;
    }

    /** Answers the case's new version; {@code expectedVersion} may be null. */
    public long update(String caseId, Long expectedVersion, ConsumerDetails details, Principal principal) {
        var file = access.visible(caseId, principal);
        var before =
                vault.find(file.consumer()).orElseThrow(() -> new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED));
        var command = new RecordConsumerDetailsUpdate(file.caseId(), expectedVersion, changed(before, details));
        long version = steps.send(command, principal);
        vault.update(file.consumer(), details);
        return version;
    }

    static List<ConsumerDetail> changed(ConsumerDetails before, ConsumerDetails after) {
        var changed = new ArrayList<ConsumerDetail>();
        if (!before.fullName().equals(after.fullName())) {
            changed.add(ConsumerDetail.FULL_NAME);
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add(ConsumerDetail.EMAIL);
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add(ConsumerDetail.PHONE);
        }
        if (!Objects.equals(before.postalAddress(), after.postalAddress())) {
            changed.add(ConsumerDetail.POSTAL_ADDRESS);
        }
        if (before.agreedToReminders() != after.agreedToReminders()) {
            changed.add(ConsumerDetail.REMINDER_CONSENT);
        }
        return changed;
    }
}
