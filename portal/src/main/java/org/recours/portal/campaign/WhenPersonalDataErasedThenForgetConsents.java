package org.recours.portal.campaign;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.recours.kernel.casefile.PersonalDataErased;
import org.springframework.stereotype.Component;

/**
 * When a consumer's personal data is erased, then their consents to join campaigns go too (their date and channel
 * are personal data): the member stays in the campaign's history under its case reference, without a standing
 * consent's details. Deleting is idempotent, so a replay changes nothing.
 */
@Component
@ProcessingGroup("campaign-consent-erasure")
class WhenPersonalDataErasedThenForgetConsents {

    private final ConsentRegister consents;

    WhenPersonalDataErasedThenForgetConsents(ConsentRegister consents) {
        this.consents = consents;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        consents.eraseFor(event.caseId());
    }
}
