package org.recours.portal.company;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.law.LegalDeadlines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompanyController {

    private final CompanyDirectory directory;

    CompanyController(CompanyDirectory directory) {
        this.directory = directory;
    }

    /**
     * {@code mediator}: the consumer mediator with its details (name, website, postalAddress, email); the older
     * {@code consumerMediator} (its name alone) is read when {@code mediator} is absent.
     */
    record CompanyRequest(
            String name,
            List<HeadOffice> headOffices,
            String consumerMediator,
            Integer responseWindowMonths,
            MediatorRequest mediator) {}

    /** The mediator's details as sent; checked when made a {@link ConsumerMediator} (a readable 400 otherwise). */
    record MediatorRequest(String name, String website, String postalAddress, String email) {

        ConsumerMediator toMediator() {
            return new ConsumerMediator(name, website, postalAddress, email);
        }
    }

    /**
     * An administrator adds or updates a company ({@code /api/admin/…}: administrators only). Cases already filed
     * keep the company as it stood when they were filed.
     */
    @Operation(summary = "Create or update a company in the directory")
    @PutMapping("/api/admin/companies/{companyId}")
    CompanyProfile save(@PathVariable String companyId, @RequestBody CompanyRequest body) {
        var mediator = body.mediator() != null
                ? body.mediator().toMediator()
                : ConsumerMediator.named(body.consumerMediator());
        var company = new CompanyProfile(
                companyId,
                body.name(),
                body.headOffices(),
                mediator == null ? null : mediator.name(),
                body.responseWindowMonths() == null
                        ? LegalDeadlines.DEFAULT_RESPONSE_WINDOW_MONTHS
                        : body.responseWindowMonths());
        directory.save(company, mediator);
        return company;
    }

    /** The company's consumer mediator with its details (L616-1); 404 when the directory knows none. */
    @Operation(summary = "Read a company's consumer mediator")
    @GetMapping("/api/companies/{companyId}/consumer-mediator")
    ResponseEntity<ConsumerMediator> mediator(@PathVariable String companyId) {
        return ResponseEntity.of(directory.mediator(companyId));
    }

    /** What a complaint may name: the company ids and the head offices a letter may go to. */
    @Operation(summary = "List the company directory")
    @GetMapping("/api/companies")
    List<CompanyProfile> companies() {
        return directory.all();
    }
}
