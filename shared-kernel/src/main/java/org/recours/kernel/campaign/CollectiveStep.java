package org.recours.kernel.campaign;

import java.util.List;
import org.recours.kernel.casefile.CaseId;

/**
 * A step taken for all the campaign's members at once. It names the members it was taken for (those whose consent
 * stood that day) and is recorded on each of their cases too, so that each case stays complete evidence on its own;
 * {@code stepNumber} counts the campaign's collective steps from 1.
 */
public sealed interface CollectiveStep extends CampaignEvent
        permits CollectiveFormalNoticeSent, CollectiveMediationRequested, GroupActionBrought {

    int stepNumber();

    List<CaseId> members();
}
