package org.recours.kernel.campaign;

/** A step the campaign does not allow now; it names the rule. */
public class CampaignStepRefused extends RuntimeException {

    private final CampaignRule rule;

    public CampaignStepRefused(CampaignRule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public CampaignStepRefused(CampaignRule rule) {
        this(rule, rule.explanation());
    }

    public CampaignRule rule() {
        return rule;
    }
}
