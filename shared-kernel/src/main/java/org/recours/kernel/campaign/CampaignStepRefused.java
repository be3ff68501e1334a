package org.recours.kernel.campaign;

import java.util.List;
import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/**
 * A step the campaign does not allow now; it names the rule and what the refusal says (a key of the {@code refusals}
 * bundles and its arguments). Its message is the French wording.
 */
public class CampaignStepRefused extends RuntimeException implements KeyedRefusal {

    private final CampaignRule rule;
    private final transient RefusalText text;

    public CampaignStepRefused(CampaignRule rule, RefusalText text) {
        super(text.french());
        this.rule = rule;
        this.text = text;
    }

    /** The rule's explanation alone. */
    public CampaignStepRefused(CampaignRule rule) {
        this(rule, RefusalText.rule(rule, null));
    }

    /** The rule's sentence {@code campaign-rule.X.variant} with its arguments. */
    public static CampaignStepRefused of(CampaignRule rule, String variant, Object... arguments) {
        return new CampaignStepRefused(rule, RefusalText.rule(rule, variant, arguments));
    }

    public CampaignRule rule() {
        return rule;
    }

    @Override
    public RefusalText text() {
        return text;
    }

    public String key() {
        return text.key();
    }

    public List<Object> arguments() {
        return text.arguments();
    }
}
