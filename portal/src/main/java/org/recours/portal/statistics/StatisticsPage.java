package org.recours.portal.statistics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics page for supervisors and administrators. */
@Controller
class StatisticsPage {

    private final StatisticsController statistics;

    StatisticsPage(StatisticsController statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistics")
    String page(@RequestParam(required = false) String branch, Model model) {
        model.addAttribute("statistics", statistics.statistics(branch));
        model.addAttribute("branch", branch);
        return "statistics/index";
    }
}
