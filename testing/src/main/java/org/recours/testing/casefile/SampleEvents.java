package org.recours.testing.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseQueuedForSupervisors;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationFirstMeetingHeld;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.ConciliationOutcomeCorrected;
import org.recours.kernel.casefile.ConciliationRequestCorrected;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.ConsumerDetail;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimCorrected;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.ElectronicLetterProof;
import org.recours.kernel.casefile.ElectronicLetterProofRecorded;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.HandoverReason;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterReturnCorrected;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.LetterReturned;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.MediatorNamingChecked;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.PriorExaminationOverridden;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;

/**
 * One sample of every event type of a case, the reference Prime Video case's (the object mother of the stored-form
 * tests). The first sample of a type is the one whose stored forms are approved: fill every optional field in it;
 * further samples of a type show its empty optional fields. A new event type needs a sample here.
 */
public final class SampleEvents {

    public static final CaseId CASE = ReferenceCase.CASE;
    public static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    public static final CompanyProfile PRIME_VIDEO = ReferenceCase.PRIME_VIDEO;
    private static final DocumentId SCREENSHOT =
            new DocumentId(UUID.fromString("3f1c2a4e-0d7b-4e55-9a53-5c8b2f7e9d10"));

    private SampleEvents() {}

    public static List<CaseEvent> all() {
        return List.of(
                new ComplaintFiled(
                        CASE,
                        new ConsumerId(UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")),
                        PRIME_VIDEO,
                        Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Depuis février, des publicités sont diffusées malgré l'abonnement payé « sans publicité ».",
                        Money.euros("83.88"),
                        "Remboursement de 2 € par mois depuis février",
                        new BranchId("paris-11"),
                        new StaffMemberId("marie"),
                        LocalDate.of(2027, 3, 1)),
                new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 2), "La FAQ renvoie vers l'offre à 1,99 €."),
                new SupportContacted(
                        CASE,
                        ContactChannel.CHAT,
                        LocalDate.of(2027, 3, 3),
                        "PV-2027-55821",
                        "Demande de retrait des publicités",
                        "Renvoyé vers l'option payante"),
                new SupportContacted(
                        CASE,
                        ContactChannel.PHONE,
                        LocalDate.of(2027, 3, 4),
                        null,
                        "Appel au service client",
                        "Aucune réponse utile"),
                new LetterSent(
                        CASE,
                        1,
                        CLICHY,
                        LocalDate.of(2026, 12, 31),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                        new TrackingNumber("1A12345678901"),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 12, 31)),
                new LetterSent(
                        CASE,
                        2,
                        CLICHY,
                        LocalDate.of(2027, 3, 10),
                        SendingMethod.EMAIL,
                        null,
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 12, 31)),
                new LetterDelivered(CASE, 1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 4)),
                new ResponseReceived(
                        CASE,
                        LocalDate.of(2027, 2, 20),
                        ContactChannel.EMAIL,
                        "Refus : les conditions générales le permettent",
                        ResponseAssessment.PARTIAL,
                        "Un mois d'abonnement offert"),
                new ResponseReceived(
                        CASE,
                        LocalDate.of(2027, 2, 20),
                        ContactChannel.POSTAL_MAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null),
                new ResponseDeadlineExpired(
                        CASE, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 12, 31)),
                new MediationRequested(
                        CASE,
                        "Médiateur du e-commerce de la FEVAD",
                        LocalDate.of(2027, 3, 5),
                        "FEVAD-2027-0042",
                        LocalDate.of(2027, 6, 3),
                        "Consommateur en situation de précarité"),
                new MediationRequested(
                        CASE,
                        "Médiateur du e-commerce de la FEVAD",
                        LocalDate.of(2027, 2, 1),
                        null,
                        LocalDate.of(2027, 5, 2),
                        null),
                new MediationFileReceived(CASE, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 29)),
                new MediationSeizureNotified(
                        CASE, LocalDate.of(2027, 3, 15), "FEVAD-N-2027-0042", LocalDate.of(2027, 6, 13)),
                new MediationSeizureNotified(CASE, LocalDate.of(2027, 3, 15), null, LocalDate.of(2027, 6, 13)),
                new MediationExtended(
                        CASE, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 13), LocalDate.of(2027, 7, 31)),
                new MediationConcluded(
                        CASE,
                        MediationOutcome.PARTIAL_AGREEMENT,
                        LocalDate.of(2027, 5, 20),
                        "Remboursement de trois mois"),
                new CourtActionRecorded(
                        CASE,
                        "Tribunal judiciaire de Nanterre",
                        LocalDate.of(2027, 6, 1),
                        "RG 27/01234",
                        "Injonction de faire"),
                new CourtActionRecorded(
                        CASE, "Tribunal judiciaire de Nanterre", LocalDate.of(2027, 6, 1), null, "Assignation déposée"),
                new NoteAdded(CASE, "Rappeler la consommatrice après la médiation."),
                new org.recours.kernel.casefile.ConsumerMessageReceived(
                        CASE, "Voici la facture de mars ; la publicité est revenue hier soir."),
                new CaseClosed(
                        CASE,
                        Resolution.PARTIALLY_RESOLVED,
                        Money.euros("24.00"),
                        LocalDate.of(2027, 7, 1),
                        "Trois mois remboursés"),
                new CaseReopened(CASE, LocalDate.of(2027, 8, 1), "Les publicités sont revenues."),
                new EvidenceAttached(
                        CASE,
                        SCREENSHOT,
                        "capture-publicite.png",
                        "image/png",
                        48213,
                        Sha256.of("capture"),
                        "Capture d'écran de la publicité"),
                new EvidenceWithdrawn(
                        CASE,
                        SCREENSHOT,
                        "capture-publicite.png",
                        Sha256.of("capture"),
                        "Capture floue, remplacée par une nouvelle"),
                new ReminderDue(
                        CASE,
                        ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                        LocalDate.of(2027, 3, 10),
                        LocalDate.of(2027, 3, 3),
                        LocalDate.of(2027, 3, 3)),
                new PersonalDataErased(
                        CASE,
                        new ConsumerId(UUID.fromString("6b1f7c3e-2a44-4a8e-9d2e-0c5f1e7a9b21")),
                        LocalDate.of(2027, 9, 1),
                        "Demande écrite de la consommatrice du 28 août 2027"),
                new ResponseDeadlineExpiryContradicted(
                        CASE,
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 2, 28),
                        ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                        LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 3, 20)),
                new ResponseDeadlineExpiryContradicted(
                        CASE,
                        LocalDate.of(2027, 3, 2),
                        LocalDate.of(2027, 3, 4),
                        ExpiryContradiction.WINDOW_MOVED,
                        null,
                        LocalDate.of(2027, 3, 3)),
                new LetterSendingCorrected(
                        CASE,
                        3,
                        1,
                        CLICHY,
                        LocalDate.of(2027, 1, 2),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                        new TrackingNumber("1A12345678902"),
                        LocalDate.of(2027, 3, 2),
                        LocalDate.of(2028, 1, 2),
                        "Numéro de suivi mal recopié"),
                new LetterDeliveryCorrected(
                        CASE,
                        4,
                        1,
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 3, 5),
                        "Date lue sur l'avis de réception : 5 janvier"),
                new ComplaintDetailsCorrected(
                        CASE,
                        0,
                        Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Publicités depuis février",
                        Money.euros("47.76"),
                        "Remboursement de 24 mois",
                        "Montant recalculé sur les relevés bancaires"),
                new ResponseCorrected(
                        CASE,
                        5,
                        1,
                        LocalDate.of(2027, 2, 10),
                        ContactChannel.POSTAL_MAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null,
                        "Reçue par courrier, pas par courriel"),
                new ConsumerDetailsUpdated(
                        CASE,
                        new ConsumerId(UUID.fromString("6b1f7c3e-2a44-4a8e-9d2e-0c5f1e7a9b21")),
                        LocalDate.of(2027, 8, 20),
                        List.of(ConsumerDetail.EMAIL, ConsumerDetail.POSTAL_ADDRESS, ConsumerDetail.REMINDER_CONSENT)),
                new CaseHandlerAssigned(
                        CASE, new StaffMemberId("lea"), new StaffMemberId("marie"), LocalDate.of(2027, 8, 21)),
                new CaseQueuedForSupervisors(
                        CASE,
                        new BranchId("paris-11"),
                        StaffMemberId.supervisorsQueue(new BranchId("paris-11")),
                        new StaffMemberId("lea"),
                        HandoverReason.HANDLER_ACCOUNT_DISABLED,
                        LocalDate.of(2027, 8, 25)),
                new SupportContactCorrected(
                        CASE,
                        1,
                        1,
                        ContactChannel.CHAT,
                        LocalDate.of(2027, 3, 5),
                        "PV-2027-55821",
                        "Demande de retrait des publicités",
                        "Refus : offre sans publicité payante",
                        "Date de la conversation relue sur la capture"),
                new MediationRequestCorrected(
                        CASE,
                        7,
                        1,
                        "Médiateur du e-commerce de la FEVAD",
                        LocalDate.of(2027, 3, 8),
                        "MED-2027-0193",
                        LocalDate.of(2027, 6, 6),
                        "Date de l'accusé de saisine du médiateur"),
                new ResponseDeadlineExpiryReestablished(
                        CASE,
                        LocalDate.of(2027, 3, 2),
                        LocalDate.of(2027, 3, 4),
                        LocalDate.of(2028, 1, 2),
                        LocalDate.of(2027, 3, 20)),
                new HelpCentreConsultationCorrected(
                        CASE,
                        1,
                        1,
                        LocalDate.of(2027, 3, 2),
                        "L'offre « Prime Video sans publicité » coûte 1,99 € par mois",
                        "Date de la capture d'écran relue"),
                new MediationOutcomeCorrected(
                        CASE,
                        8,
                        1,
                        MediationOutcome.PARTIAL_AGREEMENT,
                        LocalDate.of(2027, 5, 28),
                        "Remboursement de trois mois accepté",
                        "Date de l'avis du médiateur relue"),
                new CourtActionCorrected(
                        CASE,
                        9,
                        1,
                        "Tribunal judiciaire de Nanterre",
                        LocalDate.of(2027, 6, 2),
                        "27/01234",
                        "Assignation déposée",
                        "Date et numéro RG du récépissé du greffe"),
                new CaseClosureCorrected(
                        CASE,
                        11,
                        Resolution.PARTIALLY_RESOLVED,
                        Money.euros("23.88"),
                        LocalDate.of(2027, 6, 30),
                        "Trois mois remboursés",
                        "Montant lu sur le virement reçu"),
                new ConciliationRequested(
                        CASE, 1, "M. Durand, mairie du 11e arrondissement", LocalDate.of(2027, 6, 10), "CJ-2027-118"),
                new ConciliationRequested(
                        CASE, 2, "Mme Roux, conciliatrice de justice", LocalDate.of(2027, 9, 1), null),
                new ConciliationConcluded(
                        CASE,
                        1,
                        ConciliationOutcome.COMPANY_ABSENT,
                        LocalDate.of(2027, 7, 8),
                        "Constat de carence : Amazon ne s'est pas présentée à la réunion"),
                new CourtClaimStated(
                        CASE,
                        1,
                        CourtClaim.ofSum(Money.euros("4200.00")),
                        AmicableAttemptBasis.EXEMPTION,
                        null,
                        AmicableAttemptExemption.CONCILIATOR_UNAVAILABLE,
                        "Conciliateur saisi le 2 mai 2027, première réunion fixée au 20 septembre 2027",
                        false),
                new CourtClaimStated(
                        CASE,
                        1,
                        CourtClaim.ofSum(Money.euros("5000.00")),
                        AmicableAttemptBasis.MEDIATION,
                        LocalDate.of(2027, 5, 28),
                        null,
                        null,
                        false),
                new CourtClaimStated(
                        CASE, 1, CourtClaim.notASum(), AmicableAttemptBasis.NOT_REQUIRED, null, null, null, false),
                new CourtClaimStated(
                        CASE,
                        2,
                        CourtClaim.ofSum(Money.euros("83.88")),
                        AmicableAttemptBasis.NONE,
                        null,
                        null,
                        "Assignation délivrée par l'avocat de la consommatrice avant sa venue",
                        true),
                new FactsKnownDateRecorded(
                        CASE,
                        LocalDate.of(2027, 2, 5),
                        LocalDate.of(2027, 2, 10),
                        LocalDate.of(2032, 2, 5),
                        "Date du premier relevé montrant le prélèvement"),
                new FactsKnownDateRecorded(CASE, LocalDate.of(2027, 2, 10), null, null, null),
                new LetterReturned(
                        CASE,
                        1,
                        LetterReturnReason.UNCLAIMED,
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 20),
                        LocalDate.of(2027, 3, 4)),
                new ElectronicLetterProofRecorded(
                        CASE, 1, ElectronicLetterProof.DEPOSIT, Instant.parse("2027-03-10T09:12:45Z")),
                new MediationProposalMade(CASE, 1, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 24)),
                new MediationProposalAnswered(
                        CASE, 1, MediationParty.CONSUMER, true, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 24)),
                new MediationProposalAnswered(
                        CASE, 1, MediationParty.COMPANY, false, LocalDate.of(2027, 5, 26), LocalDate.of(2027, 5, 24)),
                new PriorExaminationOverridden(
                        CASE,
                        PriorExaminationOverridden.PriorExamination.MEDIATION,
                        "Médiateur du e-commerce de la FEVAD",
                        LocalDate.of(2027, 5, 20),
                        "Autre litige : la résiliation refusée en septembre, pas les publicités"),
                new PriorExaminationOverridden(
                        CASE,
                        PriorExaminationOverridden.PriorExamination.COURT_ACTION,
                        "Tribunal judiciaire de Nanterre",
                        LocalDate.of(2027, 6, 1),
                        "L'action porte sur un autre contrat"),
                new MediatorNamingChecked(CASE, 1, false, null, LocalDate.of(2027, 2, 21)),
                new MediatorNamingChecked(
                        CASE, 2, true, "Médiateur du e-commerce de la FEVAD", LocalDate.of(2027, 2, 21)),
                new CourtClaimCorrected(
                        CASE,
                        10,
                        1,
                        CourtClaim.ofSum(Money.euros("4800.00")),
                        AmicableAttemptBasis.EXEMPTION,
                        null,
                        AmicableAttemptExemption.CONCILIATOR_UNAVAILABLE,
                        "Conciliateur saisi le 2 mai 2027, première réunion fixée au 20 septembre 2027",
                        false,
                        "Montant de l'assignation relu"),
                new ConciliationRequestCorrected(
                        CASE,
                        12,
                        1,
                        "M. Durand, mairie du 11e arrondissement",
                        LocalDate.of(2027, 6, 9),
                        "CJ-2027-118",
                        "Date du courrier de saisine relue"),
                new ConciliationOutcomeCorrected(
                        CASE,
                        13,
                        1,
                        ConciliationOutcome.COMPANY_ABSENT,
                        LocalDate.of(2027, 7, 9),
                        "Constat de carence : Amazon ne s'est pas présentée à la réunion",
                        "Date du constat relue"),
                new LetterReturnCorrected(
                        CASE,
                        3,
                        1,
                        LetterReturnReason.REFUSED,
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 21),
                        LocalDate.of(2027, 3, 5),
                        "Mention de La Poste relue : refusé"),
                new ConciliationFirstMeetingHeld(CASE, 1, LocalDate.of(2027, 6, 24), LocalDate.of(2032, 2, 19)));
    }

    /** The approved sample of {@code type}: its first. */
    public static <E extends CaseEvent> E of(Class<E> type) {
        return all().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No sample of " + type.getSimpleName() + ": add one, with "
                        + "every optional field filled, to " + SampleEvents.class.getName() + ".all()"));
    }

    /** Every event type of a case, as the sealed interface permits them. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends CaseEvent>> types() {
        return Arrays.stream(CaseEvent.class.getPermittedSubclasses())
                .<Class<? extends CaseEvent>>map(type -> (Class<? extends CaseEvent>) type)
                .toList();
    }
}
