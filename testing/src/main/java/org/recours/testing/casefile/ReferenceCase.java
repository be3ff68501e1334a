package org.recours.testing.casefile;

import java.util.List;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;

/**
 * The reference case of the tests, written out once: Camille Martin's complaint RC-7K2M-9QXD against Amazon Prime
 * Video, whose head offices are in Clichy and Luxembourg. A test that needs the company as it stands uses
 * {@link #PRIME_VIDEO}; one that needs a variant says only what differs ({@code primeVideo().onlyInClichy()
 * .withoutMediator().build()}), so that a new field of a company or a head office changes this file alone.
 */
public final class ReferenceCase {

    public static final CaseId CASE = new CaseId("RC-7K2M-9QXD");
    public static final HeadOffice CLICHY = new HeadOffice("Amazon Digital France SAS",
            "67 boulevard du Général Leclerc", "92110", "Clichy", "France");
    public static final HeadOffice LUXEMBOURG = new HeadOffice("Amazon Europe Core SARL",
            "38 avenue John F. Kennedy", "L-1855", "Luxembourg", "Luxembourg");
    public static final String COMPANY_ID = "amazon-prime-video";
    public static final String COMPANY_NAME = "Amazon Prime Video";
    public static final String FEVAD = "Médiateur du e-commerce de la FEVAD";
    public static final int RESPONSE_WINDOW_MONTHS = 2;
    /** Both head offices, the FEVAD's mediator, two months to answer. */
    public static final CompanyProfile PRIME_VIDEO = primeVideo().build();

    private ReferenceCase() {
    }

    /** Amazon Prime Video as {@link #PRIME_VIDEO}, to change what a test needs changed. */
    public static Company primeVideo() {
        return new Company(List.of(CLICHY, LUXEMBOURG), FEVAD, RESPONSE_WINDOW_MONTHS);
    }

    /** A variant of the reference company; each method returns a new one. */
    public record Company(List<HeadOffice> headOffices, String mediator, int responseWindowMonths) {

        public Company onlyInClichy() {
            return withHeadOffices(CLICHY);
        }

        public Company withHeadOffices(HeadOffice... offices) {
            return new Company(List.of(offices), mediator, responseWindowMonths);
        }

        public Company withoutMediator() {
            return new Company(headOffices, null, responseWindowMonths);
        }

        public Company answeringWithin(int months) {
            return new Company(headOffices, mediator, months);
        }

        public CompanyProfile build() {
            return new CompanyProfile(COMPANY_ID, COMPANY_NAME, headOffices, mediator, responseWindowMonths);
        }
    }
}
