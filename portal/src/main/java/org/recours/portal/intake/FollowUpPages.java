package org.recours.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RecordConsumerMessage;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.evidence.DocumentTooLarge;
import org.recours.portal.evidence.EvidenceIntake;
import org.recours.portal.staff.ConsumerActor;
import org.recours.portal.web.Refusals;
import org.recours.query.evidence.UnacceptableDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consumer's follow-up page ({@code /suivi/{token}}): where their case stands in plain words, the next step and
 * its date, what the association asks of them; a document and a message they send are recorded on the case as
 * theirs. Nothing else of the case shows (no staff note, no other step's detail). A link unknown, revoked, or
 * {@code recours.intake.follow-up-after-closure} past its case's closure answers the same page.
 */
@Controller
class FollowUpPages {

    static final String CONSUMER_DOCUMENT = "Document envoyé par le consommateur depuis son lien de suivi";

    private final FollowUpLinks links;
    private final QueryGateway queries;
    private final CaseSteps steps;
    private final EvidenceIntake evidence;
    private final RateLimits limits;
    private final Refusals refusals;
    private final IntakeSettings settings;
    private final Clock clock;
    private final org.recours.kernel.consumer.PersonalDataVault vault;

    FollowUpPages(
            FollowUpLinks links,
            QueryGateway queries,
            CaseSteps steps,
            EvidenceIntake evidence,
            RateLimits limits,
            Refusals refusals,
            IntakeSettings settings,
            Clock clock,
            org.recours.kernel.consumer.PersonalDataVault vault) {
        this.vault = vault;
        this.links = links;
        this.queries = queries;
        this.steps = steps;
        this.evidence = evidence;
        this.limits = limits;
        this.refusals = refusals;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/suivi/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token)
                .map(file -> page(token, file, model, null))
                .orElseGet(() -> IntakePages.invalidLink(response));
    }

    @PostMapping("/suivi/{token}/pieces")
    String document(
            @PathVariable String token,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(token, "followup.document.received", model, request, response, redirect, caseId -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidCaseData("file", RefusalText.of("check.document-sent-empty"));
            }
            var name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
            evidence.attach(
                    caseId, null, name, ComplaintIntake.bytes(file), CONSUMER_DOCUMENT, new ConsumerActor(caseId));
        });
    }

    @PostMapping("/suivi/{token}/message")
    String message(
            @PathVariable String token,
            @RequestParam(required = false) String message,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("typedMessage", message);
        return act(
                token,
                "followup.message.received",
                model,
                request,
                response,
                redirect,
                caseId -> steps.send(new RecordConsumerMessage(caseId, message), new ConsumerActor(caseId)));
    }

    /**
     * One action of the consumer on the case their link opens, counted against their network address's limit: the
     * page again with a notice once done, or with the refusal.
     */
    private String act(
            String token,
            String done,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            java.util.function.Consumer<CaseId> action) {
        var opened = opened(token);
        if (opened.isEmpty()) {
            return IntakePages.invalidLink(response);
        }
        try {
            limits.requireWithin(RateLimits.Key.NETWORK_ADDRESS, request.getRemoteAddr());
            action.accept(opened.get().caseId());
            redirect.addFlashAttribute("notice", refusals.message(done));
            return "redirect:/suivi/" + token;
        } catch (InvalidCaseData
                | UnacceptableDocument
                | DocumentTooLarge
                | StepRefused
                | RateLimits.TooManyAttempts refused) {
            response.setStatus(
                    refused instanceof RateLimits.TooManyAttempts
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(token, opened.get(), model, refusals.describe(refused));
        }
    }

    /**
     * The case a link opens now: in force, its case open or closed less than the set time ago, and the consumer's
     * personal data not erased (after an erasure nobody is left to hold the link).
     */
    private Optional<CaseFile> opened(String token) {
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        return links.caseOf(token)
                .flatMap(this::find)
                .filter(file -> file.closure() == null
                        || !today.isAfter(file.closure()
                                .closedOn()
                                .plusDays(settings.followUpAfterClosure().toDays())))
                .filter(file -> vault.find(file.consumer()).isPresent());
    }

    private Optional<CaseFile> find(CaseId caseId) {
        return queries.query(new FindCase(caseId), ResponseTypes.optionalInstanceOf(CaseFile.class))
                .join();
    }

    private String page(String token, CaseFile file, Model model, String error) {
        model.addAttribute("token", token);
        model.addAttribute("file", file);
        model.addAttribute("status", file.status().name());
        model.addAttribute("next", next(file));
        model.addAttribute("request", links.request(file.caseId()).orElse(null));
        model.addAttribute("open", file.status() != CaseStatus.CLOSED);
        model.addAttribute("error", error);
        return "intake/follow-up";
    }

    /** The next step in plain words (a message code) and its date, if one runs. */
    record Next(String code, LocalDate on) {}

    static Next next(CaseFile file) {
        var dates = file.legalDates();
        var pendingMediation =
                file.mediations().stream().filter(m -> m.outcome() == null).reduce((a, b) -> b);
        return switch (file.status()) {
            case FILED, IN_CONTACT_WITH_SUPPORT -> new Next("followup.next.letter", null);
            case LETTER_SENT, LETTER_DELIVERED -> new Next("followup.next.response", dates.responseDueOn());
            case RESPONSE_RECEIVED -> new Next("followup.next.assessment", dates.mediationAdmissibleUntil());
            case RESPONSE_OVERDUE -> new Next("followup.next.mediation", dates.mediationAdmissibleUntil());
            case IN_MEDIATION ->
                new Next(
                        "followup.next.mediator",
                        pendingMediation
                                .map(CaseFile.Mediation::conclusionDueOn)
                                .orElse(null));
            case MEDIATION_CONCLUDED -> new Next("followup.next.after-mediation", null);
            case IN_COURT -> new Next("followup.next.court", null);
            case CLOSED -> new Next("followup.next.closed", null);
        };
    }
}
