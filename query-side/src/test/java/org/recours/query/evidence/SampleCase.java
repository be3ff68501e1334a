package org.recours.query.evidence;

import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.primeVideo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.query.audittrail.AuditChain;

/** A Prime Video case of any length, built in memory, with two attached documents. */
final class SampleCase {

    static final byte[] SCREENSHOT =
            "\u0089PNG fake screenshot bytes".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] INVOICE = "%PDF-1.4 fake invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SampleCase() {}

    static CaseEvidence withEntries(int count) {
        var caseId = CASE;
        var entries = new ArrayList<AuditEntry>();
        var previous = AuditEntry.GENESIS;
        for (int position = 0; position < count; position++) {
            var kind = position == 0
                    ? "ComplaintFiled"
                    : position == 1 ? "EvidenceAttached" : position == 2 ? "EvidenceAttached" : "NoteAdded";
            var data = position == 1
                    ? "{\"sha256\":\"" + Sha256.of(SCREENSHOT) + "\"}"
                    : position == 2
                            ? "{\"sha256\":\"" + Sha256.of(INVOICE) + "\"}"
                            : "{\"caseId\":\"RC-7K2M-9QXD\",\"text\":\"Appel n° " + position + "\"}";
            var entry = AuditChain.seal(new AuditEntry(
                    caseId.value(),
                    position,
                    UUID.nameUUIDFromBytes(("event" + position).getBytes()).toString(),
                    Instant.parse("2027-01-10T09:00:00Z")
                            .plusSeconds(position * 3600L)
                            .toString(),
                    "marie",
                    kind,
                    "Étape n° " + position
                            + " : appel du consommateur au sujet des publicités, résumé de l'échange et suites à donner.",
                    "Step " + position,
                    data,
                    previous,
                    null));
            entries.add(entry);
            previous = entry.hash();
        }
        return new CaseEvidence(
                caseFile(caseId), entries, CONSUMER_NAME, Instant.parse("2027-04-01T08:00:00Z"), "marie");
    }

    /** What clamd answers VERSION with an official database loaded. */
    static final CaseFile.Scan SCANNED =
            CaseFile.Scan.by("ClamAV 1.4.6/27480/Sat Jan  9 08:31:02 2027", Instant.parse("2027-01-10T09:59:59Z"));

    static List<CaseFile.Evidence> documents() {
        return List.of(
                new CaseFile.Evidence(
                        UUID.nameUUIDFromBytes("a".getBytes()).toString(),
                        "capture.png",
                        "image/png",
                        SCREENSHOT.length,
                        Sha256.of(SCREENSHOT).hex(),
                        "Publicité pendant un film",
                        Instant.parse("2027-01-10T10:00:00Z"),
                        null,
                        SCANNED),
                new CaseFile.Evidence(
                        UUID.nameUUIDFromBytes("b".getBytes()).toString(),
                        "facture.pdf",
                        "application/pdf",
                        INVOICE.length,
                        Sha256.of(INVOICE).hex(),
                        "Facture de mars",
                        Instant.parse("2027-01-10T11:00:00Z"),
                        null,
                        CaseFile.Scan.NOT_SCANNED));
    }

    private static CaseFile caseFile(CaseId caseId) {
        var company = primeVideo().onlyInClichy().withoutMediator().build();
        return new CaseFile(
                caseId,
                12,
                CaseStatus.IN_MEDIATION,
                new ConsumerId(UUID.randomUUID()),
                company,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités dans l'abonnement payant",
                Money.euros("35.88"),
                "Remboursement",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2027, 1, 10),
                Instant.parse("2027-03-12T10:00:00Z"),
                List.of(),
                List.of(),
                List.of(new CaseFile.Letter(
                        1,
                        CLICHY.entity(),
                        CLICHY.entity() + ", " + CLICHY.city(),
                        "REGISTERED_WITH_ACKNOWLEDGEMENT",
                        "1A12345678901",
                        LocalDate.of(2027, 1, 8),
                        LocalDate.of(2027, 1, 10))),
                List.of(),
                new CaseFile.LegalDates(
                        LocalDate.of(2027, 3, 10), true, LocalDate.of(2027, 3, 10), LocalDate.of(2028, 1, 8)),
                List.of(new CaseFile.Mediation(
                        "Médiateur du e-commerce",
                        "M-1",
                        LocalDate.of(2027, 3, 12),
                        LocalDate.of(2027, 6, 10),
                        null,
                        null,
                        null)),
                List.of(),
                List.of(),
                null,
                List.of(),
                documents());
    }
}
