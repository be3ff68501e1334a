package org.recours.kernel.casefile;

import java.util.List;
import java.util.Optional;

/**
 * The company complained about, as it stood when the complaint was filed: its head offices (where formal letters
 * may go), its consumer mediator and the time it has to answer a formal complaint.
 */
public record CompanyProfile(
        String companyId,
        String name,
        List<HeadOffice> headOffices,
        String consumerMediator,
        int responseWindowMonths) {

    public CompanyProfile {
        companyId = Require.text("companyId", companyId, 100);
        name = Require.text("company", name, Require.SHORT_TEXT);
        headOffices = List.copyOf(Require.present("headOffices", headOffices));
        if (headOffices.isEmpty()) {
            throw new InvalidCaseData("headOffices", RefusalText.of("check.head-offices", name));
        }
        consumerMediator = Require.optionalText("consumerMediator", consumerMediator, Require.SHORT_TEXT);
        if (responseWindowMonths < 1 || responseWindowMonths > 12) {
            throw new InvalidCaseData(
                    "responseWindowMonths", RefusalText.of("check.response-window", responseWindowMonths));
        }
    }

    public Optional<HeadOffice> headOffice(String entity) {
        return headOffices.stream()
                .filter(office -> office.entity().equalsIgnoreCase(entity.strip()))
                .findFirst();
    }
}
