package org.recours.portal.parked;

import org.recours.portal.web.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of parked cases: which events wait and why, and a button to retry each case. */
@Controller
class ParkedEventsPage {

    static final String PATH = "/admin/evenements-en-attente";

    private final ParkedEvents parked;
    private final Refusals refusals;

    ParkedEventsPage(ParkedEvents parked, Refusals refusals) {
        this.parked = parked;
        this.refusals = refusals;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("parked", parked.all());
        return "admin/parked";
    }

    @PostMapping(PATH + "/{processingGroup}/{caseId}/relance")
    String retry(@PathVariable String processingGroup, @PathVariable String caseId, RedirectAttributes redirect) {
        String notice;
        try {
            notice = parked.retry(processingGroup, caseId) ? "parked.retried" : "parked.failed-again";
        } catch (ParkedEvents.NothingParked e) {
            notice = "parked.nothing";
        }
        redirect.addFlashAttribute("notice", refusals.message(notice, caseId));
        return "redirect:" + PATH;
    }
}
