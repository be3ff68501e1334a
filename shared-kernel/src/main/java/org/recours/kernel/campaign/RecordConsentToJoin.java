package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;

/** The consent's details (date, channel) are already in the consent register under {@code consentId}. */
public record RecordConsentToJoin(@TargetAggregateIdentifier CampaignId campaignId, CaseId caseId, ConsentId consentId)
        implements CampaignCommand {

    public RecordConsentToJoin {
        Require.present("caseId", caseId);
        Require.present("consentId", consentId);
    }
}
