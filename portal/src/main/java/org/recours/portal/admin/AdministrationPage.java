package org.recours.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' entry: accounts, branches, API tokens, companies (all of /admin/** is theirs alone). */
@Controller
class AdministrationPage {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
