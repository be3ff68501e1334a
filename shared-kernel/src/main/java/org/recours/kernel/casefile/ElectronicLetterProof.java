package org.recours.kernel.casefile;

/** The two proofs of an electronic registered letter: its deposit with the provider and its receipt. */
public enum ElectronicLetterProof {
    DEPOSIT,
    RECEIPT
}
