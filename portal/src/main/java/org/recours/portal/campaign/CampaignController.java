package org.recours.portal.campaign;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.recours.kernel.campaign.BringGroupAction;
import org.recours.kernel.campaign.CloseCampaign;
import org.recours.kernel.campaign.GroupActionStanding;
import org.recours.kernel.campaign.LeaveCampaign;
import org.recours.kernel.campaign.MemberFacts;
import org.recours.kernel.campaign.RecordGroupActionStanding;
import org.recours.kernel.campaign.RecordJudgment;
import org.recours.kernel.campaign.RecordMemberFacts;
import org.recours.kernel.campaign.RequestCollectiveMediation;
import org.recours.kernel.campaign.SendCollectiveFormalNotice;
import org.recours.kernel.campaign.query.CampaignSummary;
import org.recours.kernel.campaign.query.SimilarCase;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.portal.casefile.CaseSteps;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns over HTTP. Supervisors open and run them (403 to staff); staff add their branch's cases, record their
 * members' facts and consent. Each intent answers the campaign's new version.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private static final String SUPERVISOR = "hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')";

    record Recorded(String campaignId, long version) {}

    private final Campaigns campaigns;
    private final CampaignExports exports;
    private final CampaignLetters letters;
    private final org.recours.portal.staff.CurrentStaff staff;

    CampaignController(
            Campaigns campaigns,
            CampaignExports exports,
            CampaignLetters letters,
            org.recours.portal.staff.CurrentStaff staff) {
        this.campaigns = campaigns;
        this.exports = exports;
        this.letters = letters;
        this.staff = staff;
    }

    /** Starts the collective file's export in the background: 202 with where to follow its progress. */
    @Operation(summary = "Start the collective export of a campaign")
    @PostMapping("/{campaignId}/exports")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<CampaignExports.Export> export(@PathVariable String campaignId, Principal principal) {
        var export = exports.start(campaigns.get(campaignId), staff.member(principal));
        return ResponseEntity.accepted()
                .location(URI.create("/api/campaigns/" + export.campaignId() + "/exports/" + export.exportId()))
                .body(export);
    }

    /**
     * Starts writing one formal letter per member whose consent stands, in the background: each kept as a document
     * of the member's case; 202 with where to follow the progress, the letters then downloaded as one ZIP.
     */
    @Operation(summary = "Start writing one formal letter per member")
    @PostMapping("/{campaignId}/letters")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<CampaignExports.Export> letters(@PathVariable String campaignId, Principal principal) {
        var job = letters.start(campaigns.get(campaignId), principal);
        return ResponseEntity.accepted()
                .location(URI.create("/api/campaigns/" + job.campaignId() + "/exports/" + job.exportId()))
                .body(job);
    }

    /** Every member's letter in one ZIP, once written. */
    @Operation(summary = "Download the members' letters (ZIP)")
    @GetMapping("/{campaignId}/exports/{exportId}/letters.zip")
    @PreAuthorize(SUPERVISOR)
    void lettersZip(
            @PathVariable String campaignId,
            @PathVariable String exportId,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        exportFile(campaignId, exportId, CampaignLetters.ZIP, response);
    }

    @Operation(summary = "Follow a collective export's progress")
    @GetMapping("/{campaignId}/exports/{exportId}")
    @PreAuthorize(SUPERVISOR)
    CampaignExports.Export exportProgress(@PathVariable String campaignId, @PathVariable String exportId) {
        return export(campaignId, exportId);
    }

    /** The collective file once written, signed. */
    @Operation(summary = "Download the collective file (signed ZIP)")
    @GetMapping("/{campaignId}/exports/{exportId}/collective-file.zip")
    @PreAuthorize(SUPERVISOR)
    void collectiveFile(
            @PathVariable String campaignId,
            @PathVariable String exportId,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        exportFile(campaignId, exportId, "collective-file.zip", response);
    }

    /** The members and their facts, under stable pseudonyms. */
    @Operation(summary = "Download the members' table (CSV)")
    @GetMapping("/{campaignId}/exports/{exportId}/members.csv")
    @PreAuthorize(SUPERVISOR)
    void membersCsv(
            @PathVariable String campaignId,
            @PathVariable String exportId,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        exportFile(campaignId, exportId, "members.csv", response);
    }

    /** The same table as a spreadsheet. */
    @Operation(summary = "Download the members' table (XLSX)")
    @GetMapping("/{campaignId}/exports/{exportId}/members.xlsx")
    @PreAuthorize(SUPERVISOR)
    void membersXlsx(
            @PathVariable String campaignId,
            @PathVariable String exportId,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        exportFile(campaignId, exportId, "members.xlsx", response);
    }

    private void exportFile(
            String campaignId, String exportId, String file, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var export = export(campaignId, exportId);
        if (!export.status().equals("DONE") || !export.files().contains(file)) {
            throw new CampaignNotFound(campaignId + "/exports/" + exportId + "/" + file);
        }
        var kind = file.substring(file.lastIndexOf('.') + 1);
        response.setContentType(
                switch (kind) {
                    case "zip" -> "application/zip";
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    default -> "text/csv;charset=UTF-8";
                });
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename(export.campaignId()
                                + (file.equals(CampaignLetters.ZIP)
                                        ? "-courriers.zip"
                                        : kind.equals("zip") ? "-dossier-collectif.zip" : "-membres." + kind))
                        .build()
                        .toString());
        // written here, on the request's thread, chunk by chunk from the database (an asynchronous body would be
        // dispatched again without the API token's authentication)
        exports.copy(export.exportId(), file, response.getOutputStream());
    }

    private CampaignExports.Export export(String campaignId, String exportId) {
        var campaign = Campaigns.existing(campaignId);
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(exportId);
        } catch (IllegalArgumentException e) {
            throw new CampaignNotFound(campaignId + "/exports/" + exportId);
        }
        return exports.find(id)
                .filter(export -> export.campaignId().equals(campaign.value()))
                .orElseThrow(() -> new CampaignNotFound(campaignId + "/exports/" + exportId));
    }

    @Operation(summary = "List the campaigns")
    @GetMapping
    List<CampaignSummary> list() {
        return campaigns.list();
    }

    @Operation(summary = "Open a campaign")
    @PostMapping
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> open(@RequestBody CampaignRequests.Open body, Principal principal) {
        var id = campaigns.open(body, principal);
        return ResponseEntity.created(URI.create("/api/campaigns/" + id))
                .header(HttpHeaders.ETAG, "\"0\"")
                .body(new Recorded(id.value(), 0));
    }

    /**
     * The campaign with a page of its members as the caller may see them ({@code page} from 1, {@code size} members a
     * page, 100 unless asked, 500 at most), members per stage, the total claimed and the dates coming.
     */
    @Operation(summary = "Read a campaign with a page of its members")
    @GetMapping("/{campaignId}")
    Campaigns.Overview get(
            @PathVariable String campaignId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Campaigns.PAGE_SIZE) int size,
            Principal principal) {
        return campaigns.overview(campaignId, principal, -1, page, size);
    }

    @Operation(summary = "Record the association's standing for group actions")
    @PostMapping("/{campaignId}/standing")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> standing(
            @PathVariable String campaignId, @RequestBody CampaignRequests.Standing body, Principal principal) {
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new RecordGroupActionStanding(
                                id, new GroupActionStanding(body.approvalNumber(), body.approvedOn())),
                        principal));
    }

    /** Adds cases in one action (e.g. the suggested ones): each answered joined or refused, with the reason. */
    @Operation(summary = "Add cases to a campaign")
    @PostMapping("/{campaignId}/members")
    Map<String, Object> add(
            @PathVariable String campaignId, @RequestBody CampaignRequests.NewMembers body, Principal principal) {
        var added = campaigns.add(campaignId, body.caseIds(), principal);
        return Map.of(
                "joined",
                added.stream()
                        .filter(a -> a.refusal() == null)
                        .map(Campaigns.Added::caseId)
                        .toList(),
                "refused",
                added.stream().filter(a -> a.refusal() != null).toList());
    }

    @Operation(summary = "Record that a member leaves the campaign")
    @PostMapping("/{campaignId}/members/{caseId}/departure")
    ResponseEntity<Recorded> leave(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestBody CampaignRequests.Departure body,
            Principal principal) {
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new LeaveCampaign(id, CaseSteps.existingCaseId(caseId), body.reason()),
                        principal));
    }

    @Operation(summary = "Record a member's facts")
    @PutMapping("/{campaignId}/members/{caseId}/facts")
    ResponseEntity<Recorded> facts(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestBody CampaignRequests.Facts body,
            Principal principal) {
        var facts = new MemberFacts(
                body.subscribedOn(),
                body.plan(),
                body.monthsAffected(),
                money(body.extraChargePaid()),
                money(body.amountClaimed()),
                Boolean.TRUE.equals(body.evidencePresent()));
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new RecordMemberFacts(id, CaseSteps.existingCaseId(caseId), facts),
                        principal));
    }

    @Operation(summary = "Record a member's consent to join")
    @PostMapping("/{campaignId}/members/{caseId}/consent")
    ResponseEntity<Recorded> consent(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestBody CampaignRequests.Consent body,
            Principal principal) {
        return recorded(campaignId, campaigns.consent(campaignId, caseId, body.givenOn(), body.channel(), principal));
    }

    @Operation(summary = "Record the withdrawal of a member's consent")
    @PostMapping("/{campaignId}/members/{caseId}/consent-withdrawal")
    ResponseEntity<Recorded> withdraw(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestBody(required = false) CampaignRequests.Withdrawal body,
            Principal principal) {
        return recorded(
                campaignId,
                campaigns.withdraw(campaignId, caseId, body == null ? null : body.withdrawnOn(), principal));
    }

    /** Open cases like the campaign's grievance, not members yet, of the caller's reach. */
    @Operation(summary = "Suggest similar cases to add")
    @GetMapping("/{campaignId}/suggestions")
    List<SimilarCase> suggestions(
            @PathVariable String campaignId, @RequestParam(defaultValue = "50") int limit, Principal principal) {
        return campaigns.suggestions(campaignId, principal, limit);
    }

    @Operation(summary = "Record the collective formal notice sent")
    @PostMapping("/{campaignId}/formal-notices")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> formalNotice(
            @PathVariable String campaignId, @RequestBody CampaignRequests.FormalNotice body, Principal principal) {
        var tracking = body.trackingNumber() == null || body.trackingNumber().isBlank()
                ? null
                : new TrackingNumber(body.trackingNumber());
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new SendCollectiveFormalNotice(id, body.sentOn(), body.method(), tracking),
                        principal));
    }

    @Operation(summary = "Record a collective mediation request")
    @PostMapping("/{campaignId}/mediations")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> mediation(
            @PathVariable String campaignId, @RequestBody CampaignRequests.Mediation body, Principal principal) {
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new RequestCollectiveMediation(id, body.mediator(), body.requestedOn(), body.reference()),
                        principal));
    }

    @Operation(summary = "Record a group action brought to court")
    @PostMapping("/{campaignId}/group-actions")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> groupAction(
            @PathVariable String campaignId, @RequestBody CampaignRequests.GroupAction body, Principal principal) {
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new BringGroupAction(id, body.court(), body.filedOn(), body.reference(), body.summary()),
                        principal));
    }

    @Operation(summary = "Record the judgment of the group action")
    @PostMapping("/{campaignId}/judgment")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> judgment(
            @PathVariable String campaignId, @RequestBody CampaignRequests.Judgment body, Principal principal) {
        return recorded(
                campaignId,
                campaigns.send(
                        campaignId,
                        id -> new RecordJudgment(id, body.deliveredOn(), body.summary(), body.joiningWindowEndsOn()),
                        principal));
    }

    @Operation(summary = "Close the campaign")
    @PostMapping("/{campaignId}/closure")
    @PreAuthorize(SUPERVISOR)
    ResponseEntity<Recorded> close(
            @PathVariable String campaignId, @RequestBody CampaignRequests.Closure body, Principal principal) {
        return recorded(campaignId, campaigns.send(campaignId, id -> new CloseCampaign(id, body.reason()), principal));
    }

    private static ResponseEntity<Recorded> recorded(String campaignId, long version) {
        return ResponseEntity.status(HttpStatus.OK)
                .header(HttpHeaders.ETAG, "\"" + version + "\"")
                .body(new Recorded(Campaigns.existing(campaignId).value(), version));
    }

    private static Money money(BigDecimal euros) {
        return euros == null ? null : new Money(euros);
    }
}
