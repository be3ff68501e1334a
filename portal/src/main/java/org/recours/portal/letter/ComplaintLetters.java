package org.recours.portal.letter;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.config.AxonConfiguration;
import org.recours.query.letter.ComplaintLetter;
import org.recours.query.letter.ComplaintLetterPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The formal complaint letter to the company's head office, as a PDF to print, sign and send registered (then
 * recorded on the case with the letter step). Same reach as the case: another branch's case answers 404.
 * {@code addressee} names the head office (its legal entity); the first one when absent, an unknown one is refused
 * ({@link org.recours.kernel.casefile.InvalidCaseData}). Dated today in Paris.
 */
@Component
public class ComplaintLetters {

    private final CaseAccess access;
    private final PersonalDataVault vault;
    private final Clock clock;

    ComplaintLetters(CaseAccess access, PersonalDataVault vault, Clock clock) {
        this.access = access;
        this.vault = vault;
        this.clock = clock;
    }

    ResponseEntity<byte[]> pdf(String caseId, String addressee, Principal principal) {
        var file = access.visible(caseId, principal);
        var pdf = pdf(file, addressee);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.caseId() + "-reclamation.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /**
     * The case's letter rendered to PDF, dated today in Paris: the one place where a letter is made, for the case's
     * page, the API and a campaign's letters to its members alike (the caller has checked the reach).
     */
    public byte[] pdf(CaseFile file, String addressee) {
        var consumer = vault.find(file.consumer()).orElse(null);
        var today = LocalDate.now(clock.withZone(AxonConfiguration.PARIS));
        return ComplaintLetterPdf.write(ComplaintLetter.of(file, consumer, addressee, today));
    }
}
