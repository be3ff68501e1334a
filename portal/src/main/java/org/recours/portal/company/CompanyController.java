package org.recours.portal.company;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.law.LegalDeadlines;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompanyController {

    private final CompanyDirectory directory;

    CompanyController(CompanyDirectory directory) {
        this.directory = directory;
    }

    record CompanyRequest(String name, List<HeadOffice> headOffices, String consumerMediator,
                          Integer responseWindowMonths) {
    }

    /**
     * An administrator adds or updates a company ({@code /api/admin/…}: administrators only). Cases already filed
     * keep the company as it stood when they were filed.
     */
    @Operation(summary = "Create or update a company in the directory")
    @PutMapping("/api/admin/companies/{companyId}")
    CompanyProfile save(@PathVariable String companyId, @RequestBody CompanyRequest body) {
        var company = new CompanyProfile(companyId, body.name(), body.headOffices(), body.consumerMediator(),
                body.responseWindowMonths() == null ? LegalDeadlines.DEFAULT_RESPONSE_WINDOW_MONTHS
                        : body.responseWindowMonths());
        directory.save(company);
        return company;
    }

    /** What a complaint may name: the company ids and the head offices a letter may go to. */
    @Operation(summary = "List the company directory")
    @GetMapping("/api/companies")
    List<CompanyProfile> companies() {
        return directory.all();
    }
}
