package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;

public record RecordMemberFacts(@TargetAggregateIdentifier CampaignId campaignId, CaseId caseId, MemberFacts facts)
        implements CampaignCommand {

    public RecordMemberFacts {
        Require.present("caseId", caseId);
        Require.present("facts", facts);
    }
}
