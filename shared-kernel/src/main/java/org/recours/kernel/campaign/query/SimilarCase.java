package org.recours.kernel.campaign.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.recours.kernel.casefile.query.CaseStatus;

/** A case that looks like the campaign's grievance; {@code likeness} from 0 to 1 (trigram word similarity). */
public record SimilarCase(
        String caseId,
        String branch,
        CaseStatus status,
        LocalDate filedOn,
        BigDecimal amountAtStake,
        double likeness) {}
