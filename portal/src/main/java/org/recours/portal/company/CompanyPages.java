package org.recours.portal.company;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.portal.casefile.PageNotFound;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.recours.portal.web.UnreadableEntry;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of the company directory: the list, and a form per company for its head offices
 * (where formal letters go), consumer mediator and response window. A form shows one empty head office more, to
 * add one; emptying every field of a head office removes it.
 */
@Controller
class CompanyPages {

    private static final List<FormField> GENERAL = List.of(
            FormField.text("name", "company.name", true).withHint("company.name.hint"),
            FormField.text("consumerMediator", "company.consumerMediator", false)
                    .withHint("company.consumerMediator.hint"),
            FormField.text("consumerMediatorWebsite", "company.consumerMediatorWebsite", false),
            FormField.longText("consumerMediatorAddress", "company.consumerMediatorAddress", false),
            FormField.text("consumerMediatorEmail", "company.consumerMediatorEmail", false),
            FormField.text("responseWindowMonths", "company.responseWindowMonths", true)
                    .withHint("company.responseWindowMonths.hint"));
    private static final String[][] OFFICE_FIELDS = {
        {"entity", "company.entity"},
        {"street", "company.street"},
        {"postalCode", "company.postalCode"},
        {"city", "company.city"},
        {"country", "company.country"}
    };
    private static final int MOST_OFFICES = 10;
    /** How the rules of a company and its head offices name what the form calls by a label. */
    private static final List<FormField> NAMED_BY_RULES = Stream.of(
                    GENERAL.stream(),
                    Stream.of(FormField.text("company", "company.name", true)),
                    Arrays.stream(OFFICE_FIELDS).map(field -> FormField.text(field[0], field[1], true)))
            .flatMap(fields -> fields)
            .toList();

    private final CompanyDirectory directory;
    private final Refusals refusals;

    CompanyPages(CompanyDirectory directory, Refusals refusals) {
        this.directory = directory;
        this.refusals = refusals;
    }

    @GetMapping("/admin/entreprises")
    String list(Model model) {
        model.addAttribute("companies", directory.all());
        return "admin/companies";
    }

    @GetMapping("/admin/entreprises/nouvelle")
    String newCompany(Model model) {
        return form(
                model,
                null,
                Map.of(
                        "responseWindowMonths",
                        String.valueOf(LegalDeadlines.DEFAULT_RESPONSE_WINDOW_MONTHS),
                        "country-1",
                        "France"),
                null);
    }

    @PostMapping("/admin/entreprises")
    String add(
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var company = read(null, new FormValues(typed));
            if (directory.find(company.companyId()).isPresent()) {
                throw UnreadableEntry.of(
                        "name",
                        "company.exists",
                        directory.find(company.companyId()).get().name());
            }
            directory.save(company, mediator(new FormValues(typed)));
            redirect.addFlashAttribute("notice", refusals.message("company.added", company.name()));
            return "redirect:/admin/entreprises/" + company.companyId();
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, typed, refusals.describe(refused, NAMED_BY_RULES));
        }
    }

    @GetMapping("/admin/entreprises/{companyId}")
    String show(@PathVariable String companyId, Model model) {
        var company = directory.find(companyId).orElseThrow(PageNotFound::new);
        return form(model, company, typed(company), null);
    }

    @PostMapping("/admin/entreprises/{companyId}")
    String save(
            @PathVariable String companyId,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var company = directory.find(companyId).orElseThrow(PageNotFound::new);
        try {
            directory.save(read(company.companyId(), new FormValues(typed)), mediator(new FormValues(typed)));
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, company, typed, refusals.describe(refused, NAMED_BY_RULES));
        }
        redirect.addFlashAttribute("notice", refusals.message("company.saved"));
        return "redirect:/admin/entreprises/" + company.companyId();
    }

    /** The company the form describes; a new one takes an identifier made from its name. */
    private static CompanyProfile read(String companyId, FormValues form) {
        var name = form.required("name", "company.name");
        var offices = new ArrayList<HeadOffice>();
        for (int n = 1; n <= MOST_OFFICES; n++) {
            if (rowTyped(form, n)) {
                offices.add(new HeadOffice(
                        form.required("entity-" + n, officeLabel("company.entity", n)),
                        form.required("street-" + n, officeLabel("company.street", n)),
                        form.required("postalCode-" + n, officeLabel("company.postalCode", n)),
                        form.required("city-" + n, officeLabel("company.city", n)),
                        form.required("country-" + n, officeLabel("company.country", n))));
            }
        }
        return new CompanyProfile(
                companyId == null ? identifier(name) : companyId,
                name,
                offices,
                form.text("consumerMediator"),
                form.number("responseWindowMonths", "company.responseWindowMonths"));
    }

    /** The mediator with its details, as typed; none without a name (details alone are refused). */
    private static ConsumerMediator mediator(FormValues form) {
        var name = form.text("consumerMediator");
        if (name == null) {
            for (var detail : List.of("consumerMediatorWebsite", "consumerMediatorAddress", "consumerMediatorEmail")) {
                if (form.text(detail) != null) {
                    throw new InvalidCaseData("consumerMediator", RefusalText.of("check.mediator-name"));
                }
            }
            return null;
        }
        return new ConsumerMediator(
                name,
                form.text("consumerMediatorWebsite"),
                form.text("consumerMediatorAddress"),
                form.text("consumerMediatorEmail"));
    }

    /** {@code Amazon Prime Vidéo} → {@code amazon-prime-video}, as the API and the filing form name companies. */
    static String identifier(String name) {
        var id = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (id.isEmpty()) {
            throw UnreadableEntry.of("name", "company.name.unreadable");
        }
        return id.length() > 100 ? id.substring(0, 100) : id;
    }

    /** A head office's field, named with the head office's number: « Rue (siège 2) ». */
    private static MessageSourceResolvable officeLabel(String code, int n) {
        return new DefaultMessageSourceResolvable(
                new String[] {"company.office.field"}, new Object[] {new DefaultMessageSourceResolvable(code), n});
    }

    private static boolean rowTyped(FormValues form, int n) {
        for (var field : OFFICE_FIELDS) {
            if (form.text(field[0] + "-" + n) != null) {
                return true;
            }
        }
        return false;
    }

    private String form(Model model, CompanyProfile company, Map<String, String> typed, String error) {
        var values = new FormValues(typed);
        int rows = 1;
        for (int n = 1; n <= MOST_OFFICES; n++) {
            if (rowTyped(values, n)) {
                rows = Math.min(n + 1, MOST_OFFICES);
            }
        }
        model.addAttribute("company", company);
        model.addAttribute("fields", GENERAL);
        model.addAttribute("officeRows", IntStream.rangeClosed(1, rows).boxed().toList());
        model.addAttribute("officeFields", OFFICE_FIELDS);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/company";
    }

    private Map<String, String> typed(CompanyProfile company) {
        var typed = new HashMap<String, String>();
        typed.put("name", company.name());
        typed.put("consumerMediator", company.consumerMediator());
        directory.mediator(company.companyId()).ifPresent(mediator -> {
            typed.put("consumerMediatorWebsite", mediator.website());
            typed.put("consumerMediatorAddress", mediator.postalAddress());
            typed.put("consumerMediatorEmail", mediator.email());
        });
        typed.put("responseWindowMonths", String.valueOf(company.responseWindowMonths()));
        int n = 1;
        for (var office : company.headOffices()) {
            typed.put("entity-" + n, office.entity());
            typed.put("street-" + n, office.street());
            typed.put("postalCode-" + n, office.postalCode());
            typed.put("city-" + n, office.city());
            typed.put("country-" + n, office.country());
            n++;
        }
        return typed;
    }
}
