package org.recours.query.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.consumer.ConsumerDetails;

/**
 * A fictitious Prime Video case to preview a template on before any case exists, and to check that an edited
 * template still renders before it is saved as a new version.
 */
public final class SampleLetter {

    private static final CaseId CASE = new CaseId("RC-7K2M-9QXD");

    private SampleLetter() {}

    public static CaseLetter primeVideo(LocalDate writtenOn) {
        var company = new CompanyProfile(
                "amazon-prime-video",
                "Amazon Prime Video",
                List.of(new HeadOffice(
                        "Amazon Digital France SAS", "67 boulevard du Général Leclerc", "92110", "Clichy", "France")),
                "Médiateur du e-commerce de la FEVAD",
                2);
        var contacts = List.of(new CaseFile.SupportContact(
                CASE,
                ContactChannel.CHAT,
                LocalDate.of(2026, 11, 2),
                "D-4471",
                "Demande de retrait des publicités",
                "Refus"));
        var letters = List.of(new CaseFile.Letter(
                1,
                "Amazon Digital France SAS",
                "67 boulevard du Général Leclerc, 92110 Clichy",
                "REGISTERED_WITH_ACKNOWLEDGEMENT",
                "1A 234 567 8901 2",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23)));
        var file = new CaseFile(
                CASE,
                3,
                CaseStatus.FILED,
                new ConsumerId(UUID.nameUUIDFromBytes(new byte[] {1})),
                company,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités dans l'abonnement payant depuis février " + "2024.",
                Money.euros("35.88"),
                "Remboursement des mois avec publicité",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2026, 11, 1),
                Instant.parse("2026-11-20T10:00:00Z"),
                List.of(),
                contacts,
                letters,
                List.of(),
                new CaseFile.LegalDates(
                        LocalDate.of(2027, 1, 23), false, LocalDate.of(2027, 1, 24), LocalDate.of(2027, 11, 20)),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
        return new CaseLetter(
                file,
                new ConsumerDetails(
                        "Camille Martin", "camille.martin@example.org", null, "12 rue des Lilas, 75011 Paris"),
                company.headOffices().get(0),
                writtenOn);
    }
}
