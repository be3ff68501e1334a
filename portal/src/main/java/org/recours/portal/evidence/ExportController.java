package org.recours.portal.evidence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.staff.CurrentStaff;
import org.recours.query.confidential.ConfidentialNotes;
import org.recours.query.evidence.CaseEvidence;
import org.recours.query.evidence.EvidenceExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's history and its exports as evidence. */
@RestController
@RequestMapping("/api/cases/{caseId}")
class ExportController {

    private final EvidenceExports exports;
    private final QueryGateway queries;
    private final CurrentStaff staff;
    private final CaseAccess access;
    private final MeterRegistry metrics;
    private final BundleExportLimit bundleLimit;
    private final ConfidentialNotes confidentialNotes;

    ExportController(
            EvidenceExports exports,
            QueryGateway queries,
            CurrentStaff staff,
            CaseAccess access,
            MeterRegistry metrics,
            BundleExportLimit bundleLimit,
            ConfidentialNotes confidentialNotes) {
        this.bundleLimit = bundleLimit;
        this.confidentialNotes = confidentialNotes;
        this.exports = exports;
        this.queries = queries;
        this.staff = staff;
        this.access = access;
        this.metrics = metrics;
    }

    @Operation(summary = "Read the case's hash-chained history")
    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable String caseId, Principal principal) {
        var file = access.visible(caseId, principal);
        return queries.query(new FindCaseHistory(file.caseId()), ResponseTypes.multipleInstancesOf(AuditEntry.class))
                .join();
    }

    /**
     * {@code partiesAgreed}: staff state that the parties agreed to produce what was said in mediation (Code de la
     * consommation, art. L612-3): the case's confidential notes are then added, outside the hash chain. Without it,
     * no export carries them.
     */
    @Operation(summary = "Export the case as PDF")
    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String caseId,
            Principal principal,
            @RequestParam(defaultValue = "false") boolean partiesAgreed) {
        var pdf = timed("pdf", () -> exports.pdf(gather(caseId, principal, partiesAgreed)));
        return file(pdf, MediaType.APPLICATION_PDF, caseId + "-historique.pdf");
    }

    /** {@code partiesAgreed}: as for the PDF (L612-3), the confidential notes then come in their own field. */
    @Operation(summary = "Export the case as JSON")
    @GetMapping("/export.json")
    ResponseEntity<byte[]> json(
            @PathVariable String caseId,
            Principal principal,
            @RequestParam(defaultValue = "false") boolean partiesAgreed) {
        var json = timed("json", () -> exports.json(gather(caseId, principal, partiesAgreed)));
        return file(json, MediaType.APPLICATION_JSON, caseId + "-historique.json");
    }

    @Operation(summary = "Export the case as CSV")
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String caseId, Principal principal) {
        var csv = timed("csv", () -> exports.csv(gather(caseId, principal)));
        return file(
                csv,
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                caseId + "-chronologie.csv");
    }

    @Operation(summary = "Export the case's chronology as XLSX")
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String caseId, Principal principal) {
        var xlsx = timed("xlsx", () -> exports.xlsx(gather(caseId, principal)));
        return file(
                xlsx,
                MediaType.parseMediaType(org.recours.query.csv.FrenchSpreadsheet.XLSX_MEDIA_TYPE),
                caseId + "-chronologie.xlsx");
    }

    /**
     * The signed bundle, streamed to the client as it is written (documents are never all in memory); at most
     * {@code recours.export.max-concurrent-bundles} at a time, 503 with Retry-After beyond.
     */
    @Operation(summary = "Export the signed evidence bundle (ZIP)")
    @GetMapping("/evidence-bundle.zip")
    void bundle(
            @PathVariable String caseId,
            Principal principal,
            HttpServletResponse response,
            @RequestParam(defaultValue = "false") boolean partiesAgreed)
            throws IOException {
        var evidence = gather(caseId, principal, partiesAgreed);
        try (var permit = bundleLimit.acquire()) {
            response.setContentType("application/zip");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(caseId + "-preuves.zip")
                            .build()
                            .toString());
            var sample = Timer.start(metrics);
            exports.bundle(evidence, response.getOutputStream());
            sample.stop(timer("bundle"));
        }
    }

    /** {@code recours.export.duration{format=…}}: reading the case and producing the export. */
    private byte[] timed(String format, Supplier<byte[]> export) {
        return timer(format).record(export);
    }

    private Timer timer(String format) {
        return Timer.builder("recours.export.duration")
                .description("Time to produce an evidence export")
                .tag("format", format)
                .publishPercentileHistogram()
                .register(metrics);
    }

    private CaseEvidence gather(String caseId, Principal principal) {
        return gather(caseId, principal, false);
    }

    private CaseEvidence gather(String caseId, Principal principal, boolean partiesAgreed) {
        var file = access.visible(caseId, principal);
        var evidence = exports.gather(file.caseId(), staff.member(principal), partiesAgreed)
                .orElseThrow(() -> new CaseNotFound(caseId));
        return partiesAgreed ? evidence.withConfidentialNotes(confidentialNotes.of(file.caseId())) : evidence;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
