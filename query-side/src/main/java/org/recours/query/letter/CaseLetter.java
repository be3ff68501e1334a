package org.recours.query.letter;

import java.time.LocalDate;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.ConsumerDetails;

/**
 * What a letter of the case is made of: the case, the consumer who signs it
 * ({@code consumer} null once their personal data was erased, or never given), the head office it goes to, the day
 * it is written, and the company's consumer mediator as the company directory holds it today ({@code mediator} null
 * when the directory knows none: the letter then names the mediator the case was filed with, if any).
 */
public record CaseLetter(
        CaseFile file, ConsumerDetails consumer, HeadOffice addressee, LocalDate writtenOn, Mediator mediator) {

    /**
     * The consumer mediator with its details (the directory's, ADR 18): name, and when known website, postal
     * address (lines separated by new lines or commas as typed) and email.
     */
    public record Mediator(String name, String website, String postalAddress, String email) {

        public Mediator {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a mediator has a name");
            }
        }
    }

    public CaseLetter {
        if (file == null || addressee == null || writtenOn == null) {
            throw new IllegalArgumentException("a letter needs its case, its addressee and its date");
        }
    }

    public CaseLetter(CaseFile file, ConsumerDetails consumer, HeadOffice addressee, LocalDate writtenOn) {
        this(file, consumer, addressee, writtenOn, null);
    }

    /** The same letter, with the company's mediator as the directory holds it (null: none known). */
    public CaseLetter withMediator(Mediator known) {
        return new CaseLetter(file, consumer, addressee, writtenOn, known);
    }

    /**
     * The letter to the head office named {@code entity} (one of the company's, case-insensitive), or to the first
     * head office when none is named.
     */
    public static CaseLetter of(CaseFile file, ConsumerDetails consumer, String entity, LocalDate writtenOn) {
        var offices = file.company().headOffices();
        var addressee = entity == null || entity.isBlank()
                ? offices.get(0)
                : file.company()
                        .headOffice(entity)
                        .orElseThrow(() -> new InvalidCaseData(
                                "addressee",
                                RefusalText.of(
                                        "check.addressee",
                                        entity.strip(),
                                        file.company().name(),
                                        String.join(
                                                " ; ",
                                                offices.stream()
                                                        .map(HeadOffice::entity)
                                                        .toList()))));
        return new CaseLetter(file, consumer, addressee, writtenOn);
    }
}
