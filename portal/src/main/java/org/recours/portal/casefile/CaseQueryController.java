package org.recours.portal.casefile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseQueryController {

    /** The case with its consumer's contact details, which are absent once erased. */
    record CaseView(@JsonUnwrapped CaseFile file, ConsumerDetails consumerDetails) {
    }

    private final QueryGateway queries;
    private final PersonalDataVault vault;

    CaseQueryController(QueryGateway queries, PersonalDataVault vault) {
        this.queries = queries;
        this.vault = vault;
    }

    @GetMapping("/{caseId}")
    ResponseEntity<CaseView> get(@PathVariable String caseId) {
        var file = find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + file.version() + "\"")
                .body(new CaseView(file, vault.find(file.consumer()).orElse(null)));
    }

    private Optional<CaseFile> find(String caseId) {
        var query = new FindCase(CaseSteps.existingCaseId(caseId));
        return queries.query(query, ResponseTypes.optionalInstanceOf(CaseFile.class)).join();
    }
}
