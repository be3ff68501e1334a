package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.audittrail.AuditChain;

/**
 * ADR 24: an outcome recorded before with its details (in its data and, in narrative version 1 or 2, its sentences)
 * is exported without them unless the parties agreed (L612-3); the chain still verifies, the entry's own hash taken as
 * given; with the parties' agreement the entry is produced in full.
 */
class ConfidentialDetailsWithheldTest {

    private static final String DETAILS = "Le médiateur relève une faute de facturation reconnue en séance";
    private static SigningKey association;
    private static CaseEvidence full;

    @BeforeAll
    static void aCaseWithAnOutcomeRecordedWithItsDetails() throws GeneralSecurityException {
        association = SigningKeys.generate("Association test");
        var sample = SampleCase.withEntries(5);
        var entries = new ArrayList<>(sample.entries());
        var last = entries.get(entries.size() - 1);
        var outcome = AuditChain.seal(new AuditEntry(
                last.caseId(),
                5,
                "6f1c7c5e-0000-4000-8000-000000000005",
                "2027-05-20T09:00:00Z",
                "marie",
                "MediationConcluded",
                "Médiation terminée le 20 mai 2027 : " + "accord partiel. " + DETAILS,
                "Mediation concluded on 2027-05-20: partial agreement. " + DETAILS,
                "{\"caseId\":\"RC-7K2M-9QXD\",\"outcome\":\"PARTIAL_AGREEMENT\",\"concludedOn\":\"2027-05-20\","
                        + "\"details\":\"" + DETAILS + "\"}",
                last.hash(),
                null));
        entries.add(outcome);
        var note = AuditChain.seal(new AuditEntry(
                last.caseId(),
                6,
                "6f1c7c5e-0000-4000-8000-000000000006",
                "2027-05-21T09:00:00Z",
                "marie",
                "NoteAdded",
                "Note",
                "Note",
                "{\"caseId\":\"RC-7K2M-9QXD\",\"text\":\"Appel\"}",
                outcome.hash(),
                null));
        entries.add(note);
        full = new CaseEvidence(
                sample.caseFile(), entries, sample.consumerName(), sample.exportedAt(), sample.exportedBy());
    }

    @Test
    void theJsonExportWithholdsTheDetailsAndNamesTheEntry() {
        var withheld = full.withConfidentialDetailsWithheld();

        var json = new String(JsonExport.write(withheld, RecoursJson.objectMapper()), StandardCharsets.UTF_8);

        assertThat(json)
                .doesNotContain(DETAILS)
                .contains("\"entriesWithConfidentialDetailsWithheld\" : [ 5 ]")
                .contains("détail confidentiel non produit")
                .contains("\\\"details\\\":null");
        assertThat(withheld.entries().get(5).hash())
                .isEqualTo(full.entries().get(5).hash());
        assertThat(withheld.entries().get(6)).isEqualTo(full.entries().get(6));
    }

    @Test
    void thePdfWithholdsTheDetails() throws Exception {
        var reader = new PdfReader(PdfExport.write(full.withConfidentialDetailsWithheld()));
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }

        assertThat(text.toString().replaceAll("\\s+", " "))
                .doesNotContain("faute de facturation")
                .contains("non produit sans l'accord des parties");
    }

    @Test
    void aBundleWithTheDetailsWithheldStillVerifiesAndOneWithTheConsentCarriesThem() throws Exception {
        var withheld = full.withConfidentialDetailsWithheld();
        var bundle = EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(withheld, RecoursJson.objectMapper()),
                PdfExport.write(withheld),
                Map.of(
                        CaseEvidence.bundlePath(SampleCase.documents().get(0)),
                        SampleCase.SCREENSHOT,
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)),
                        SampleCase.INVOICE),
                association);
        var agreed = EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(full, RecoursJson.objectMapper()),
                PdfExport.write(full),
                Map.of(
                        CaseEvidence.bundlePath(SampleCase.documents().get(0)),
                        SampleCase.SCREENSHOT,
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)),
                        SampleCase.INVOICE),
                association);

        var report = BundleVerifier.verify(bundle, association.certificate());
        var python = PythonVerifier.run(bundle, association);

        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(python.output()).contains("OK   chain: 7 entries intact").contains("entries 5 withhold");
        assertThat(BundleVerifier.verify(agreed, association.certificate()).valid())
                .isTrue();
        assertThat(new String(JsonExport.write(full, RecoursJson.objectMapper()), StandardCharsets.UTF_8))
                .contains(DETAILS)
                .doesNotContain("entriesWithConfidentialDetailsWithheld");
    }
}
