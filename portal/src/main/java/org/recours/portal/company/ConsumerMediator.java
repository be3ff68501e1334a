package org.recours.portal.company;

import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/**
 * The consumer mediator a company falls under, as the directory holds it (Code de la consommation, art. L616-1: the
 * company gives its details): its name, and when known its website, postal address and email. A case keeps only the
 * name ({@code CompanyProfile.consumerMediator}, as it stood when the complaint was filed).
 */
public record ConsumerMediator(String name, String website, String postalAddress, String email) {

    public ConsumerMediator {
        name = Require.text("consumerMediator", name, Require.SHORT_TEXT);
        website = Require.optionalText("consumerMediatorWebsite", website, 300);
        postalAddress = Require.optionalText("consumerMediatorAddress", postalAddress, 500);
        email = Require.optionalText("consumerMediatorEmail", email, Require.SHORT_TEXT);
        if (website != null && !website.matches("(?i)https?://\\S+")) {
            throw new InvalidCaseData("consumerMediatorWebsite", RefusalText.of("check.mediator-website", website));
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidCaseData("consumerMediatorEmail", RefusalText.of("check.mediator-email", email));
        }
    }

    /** The mediator a directory entry names only by its name (free text before the details were kept). */
    public static ConsumerMediator named(String name) {
        return name == null ? null : new ConsumerMediator(name, null, null, null);
    }
}
