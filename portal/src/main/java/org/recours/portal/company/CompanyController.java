package org.recours.portal.company;

import java.util.List;
import org.recours.kernel.casefile.CompanyProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompanyController {

    private final CompanyDirectory directory;

    CompanyController(CompanyDirectory directory) {
        this.directory = directory;
    }

    /** What a complaint may name: the company ids and the head offices a letter may go to. */
    @GetMapping("/api/companies")
    List<CompanyProfile> companies() {
        return directory.all();
    }
}
