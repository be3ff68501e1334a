package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(first).contains("Historique du dossier RC-7K2M-9QXD", "Camille Martin", "Amazon Prime Video",
                "Délais légaux", "page 1 / " + pages);
        var last = extractor.getTextFromPage(pages);
        assertThat(last).contains("Empreinte finale", evidence.finalHash().substring(0, 32), "page " + pages + " / "
                + pages, "capture.png");
    }

    @Test
    void statesWhichLegalDeadlinesWereMet() throws IOException {
        var text = new PdfTextExtractor(new PdfReader(PdfExport.write(SampleCase.withEntries(5))))
                .getTextFromPage(1);

        assertThat(text).contains("attendue au plus tard le 10 mars 2027", "dépassé : aucune",
                "respecté : médiation");
    }

    @Test
    void saysSoWhenTheConsumersDataWasErased() throws IOException {
        var erased = SampleCase.withEntries(3);
        erased = new CaseEvidence(erased.caseFile(), erased.entries(), null, erased.exportedAt(), erased.exportedBy());

        var text = new PdfTextExtractor(new PdfReader(PdfExport.write(erased))).getTextFromPage(1);

        assertThat(text).contains("données personnelles effacées").doesNotContain("Camille");
    }
}
