package org.recours.kernel.casefile;

import java.time.Instant;

/**
 * A proof the provider of an electronic registered letter issued (Code des postes et des communications
 * électroniques, art. L100 and R53-1 ff.): its deposit, or its receipt by the addressee, to the second
 * ({@code at}, UTC). Recorded right after the sending, or the delivery, of letter {@code letterNumber}.
 */
public record ElectronicLetterProofRecorded(CaseId caseId, int letterNumber, ElectronicLetterProof proof, Instant at)
        implements CaseEvent {}
