package org.recours.portal.consumer;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Coordonnées du consommateur": the form that updates a case's consumer's contact details, filled with them. */
@Controller
class ConsumerDetailsPage {

    static final List<FormField> FIELDS = List.of(
            FormField.text("fullName", "filing.fullName", true),
            new FormField("email", "filing.email", FormField.Kind.EMAIL, false, Map.of(), null),
            new FormField("phone", "filing.phone", FormField.Kind.PHONE, false, Map.of(), null),
            FormField.longText("postalAddress", "filing.postalAddress", false),
            new FormField(
                    "agreedToReminders", "filing.agreedToReminders", FormField.Kind.CHECKBOX, false, Map.of(), null));

    private final CaseAccess access;
    private final PersonalDataVault vault;
    private final ConsumerDetailsUpdate update;
    private final Refusals refusals;
    private final MessageSource messages;

    ConsumerDetailsPage(
            CaseAccess access,
            PersonalDataVault vault,
            ConsumerDetailsUpdate update,
            Refusals refusals,
            MessageSource messages) {
        this.access = access;
        this.vault = vault;
        this.update = update;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/coordonnees")
    String form(@PathVariable String caseId, Principal principal, Model model) {
        var file = access.visible(caseId, principal);
        var typed = new HashMap<String, String>();
        vault.find(file.consumer()).ifPresent(details -> {
            typed.put("fullName", details.fullName());
            typed.put("email", details.email());
            typed.put("phone", details.phone());
            typed.put("postalAddress", details.postalAddress());
            typed.put("agreedToReminders", details.agreedToReminders() ? "on" : null);
        });
        return page(model, file, typed);
    }

    @PostMapping("/cases/{caseId}/coordonnees")
    String update(
            @PathVariable String caseId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        var form = new FormValues(typed);
        try {
            long version = update.update(
                    caseId,
                    CaseSteps.expectedVersion(typed.get("version")),
                    new ConsumerDetails(
                            form.text("fullName"),
                            form.text("email"),
                            form.text("phone"),
                            form.text("postalAddress"),
                            "on".equals(form.text("agreedToReminders"))),
                    principal);
            redirect.addFlashAttribute("notice", messages.getMessage("consumer.details.updated", null, locale));
            redirect.addFlashAttribute("recordedVersion", version);
            return "redirect:/cases/" + CaseSteps.existingCaseId(caseId).value();
        } catch (InvalidCaseData | StepRefused | ConflictingAggregateVersionException refused) {
            response.setStatus(
                    refused instanceof InvalidCaseData
                            ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                            : HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "error",
                    refused instanceof ConflictingAggregateVersionException
                            ? messages.getMessage("step.conflict", null, locale)
                            : refusals.describe(refused));
            if (refused instanceof InvalidCaseData invalid && invalid.field() != null) {
                var field = invalid.field().replaceFirst("^consumer\\.", "");
                FIELDS.stream()
                        .filter(candidate -> candidate.name().equals(field))
                        .findFirst()
                        .ifPresent(candidate -> model.addAttribute("errorField", candidate.name()));
            }
            return page(model, access.visible(caseId, principal), typed);
        }
    }

    private static String page(Model model, CaseFile file, Map<String, String> typed) {
        model.addAttribute("file", file);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("typed", typed);
        return "cases/consumer";
    }
}
