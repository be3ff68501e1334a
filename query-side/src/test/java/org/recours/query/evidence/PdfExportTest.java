package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    @Test
    void aLongHistoryIsANumberedFrenchDocumentWithTheChainsFinalHash() throws IOException {
        var evidence = SampleCase.withEntries(200);

        var pdf = PdfExport.write(evidence);

        var reader = new PdfReader(pdf);
        var pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(3);
        var extractor = new PdfTextExtractor(reader);
        var first = extractor.getTextFromPage(1);
        assertThat(first)
                .contains(
                        "Historique du dossier RC-7K2M-9QXD",
                        CONSUMER_NAME,
                        COMPANY_NAME,
                        "Délais légaux",
                        "page 1 / " + pages);
        var last = extractor.getTextFromPage(pages);
        assertThat(last)
                .contains(
                        "Empreinte finale",
                        evidence.finalHash().substring(0, 32),
                        "page " + pages + " / " + pages,
                        "capture.png");
    }

    @Test
    void statesWhichLegalDeadlinesWereMet() throws IOException {
        var text = new PdfTextExtractor(new PdfReader(PdfExport.write(SampleCase.withEntries(5))))
                .getTextFromPage(1)
                .replaceAll("\\s+", " ");

        assertThat(text).contains("attendue au plus tard le 10 mars 2027", "dépassé : aucune", "respecté : médiation");
    }

    @Test
    void saysSoWhenTheConsumersDataWasErased() throws IOException {
        var erased = SampleCase.withEntries(3);
        erased = new CaseEvidence(erased.caseFile(), erased.entries(), null, erased.exportedAt(), erased.exportedBy());

        var text = new PdfTextExtractor(new PdfReader(PdfExport.write(erased))).getTextFromPage(1);

        assertThat(text).contains("données personnelles effacées").doesNotContain("Camille");
    }

    /**
     * Issue 19 (Medium): the history PDF lost everything outside Latin-1. Names and text in Polish, Cyrillic and
     * Arabic are printed as written; an emoji no shipped font can draw is printed as its code point, never dropped.
     */
    @Test
    void namesInAnyScriptArePrintedAsWrittenAndAnEmojiAsItsCodePoint() throws IOException {
        var sample = SampleCase.withEntries(3);
        var entries = new java.util.ArrayList<>(sample.entries());
        var first = entries.get(0);
        entries.set(
                0,
                new org.recours.kernel.casefile.query.AuditEntry(
                        first.caseId(),
                        first.position(),
                        first.eventId(),
                        first.recordedAt(),
                        "łukasz.żółć",
                        first.kind(),
                        "Réclamation de محمد عبد الله depuis Łódź 👍",
                        first.summaryEn(),
                        first.data(),
                        first.previousHash(),
                        first.hash()));
        var evidence =
                new CaseEvidence(sample.caseFile(), entries, "Ольга Иванова", sample.exportedAt(), sample.exportedBy());

        var text = new PdfTextExtractor(new PdfReader(PdfExport.write(evidence)))
                .getTextFromPage(1)
                .replaceAll("\\s+", " ");

        assertThat(text)
                .contains("Ольга Иванова", "łukasz.żółć", "Łódź", "محمد", "عبد", "الله", "[U+1F44D]")
                .doesNotContain("👍");
    }
}
