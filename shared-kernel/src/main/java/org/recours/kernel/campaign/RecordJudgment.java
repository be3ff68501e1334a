package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/**
 * The judgment on liability; in a group action consumers join after it (opt-in) until {@code joiningWindowEndsOn},
 * the end of the period the judge sets (null when the judgment sets none).
 */
public record RecordJudgment(
        @TargetAggregateIdentifier CampaignId campaignId,
        LocalDate deliveredOn,
        String summary,
        LocalDate joiningWindowEndsOn)
        implements CampaignCommand {

    public RecordJudgment {
        Require.present("deliveredOn", deliveredOn);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        if (joiningWindowEndsOn != null && joiningWindowEndsOn.isBefore(deliveredOn)) {
            throw new InvalidCaseData("joiningWindowEndsOn", RefusalText.of("check.joining-window"));
        }
    }
}
