package org.recours.portal.casefile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseQueryController {

    /** The case with its consumer's contact details, which are absent once erased. */
    record CaseView(@JsonUnwrapped CaseFile file, ConsumerDetails consumerDetails) {}

    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final CaseAccess access;

    CaseQueryController(QueryGateway queries, PersonalDataVault vault, CaseAccess access) {
        this.queries = queries;
        this.vault = vault;
        this.access = access;
    }

    /** The case list: {@code ?branch=&status=&category=&company=&staff=&deadline=&q=&page=&size=}. */
    @Operation(summary = "List and search cases")
    @GetMapping
    CasePage list(
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(name = "company", required = false) String companyId,
            @RequestParam(name = "staff", required = false) String staffMember,
            @RequestParam(required = false) FindCases.DeadlineFilter deadline,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size,
            @RequestParam(required = false) String handler,
            Principal principal) {
        return queries.query(
                        new FindCases(
                                access.branchFilter(principal, branch),
                                status,
                                category,
                                companyId,
                                staffMember,
                                deadline,
                                text,
                                page,
                                size,
                                handler),
                        CasePage.class)
                .join();
    }

    @Operation(summary = "Read a case")
    @GetMapping("/{caseId}")
    ResponseEntity<CaseView> get(@PathVariable String caseId, Principal principal) {
        var file = access.visible(caseId, principal);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + file.version() + "\"")
                .body(new CaseView(file, vault.find(file.consumer()).orElse(null)));
    }
}
