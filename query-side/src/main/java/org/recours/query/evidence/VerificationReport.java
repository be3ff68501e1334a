package org.recours.query.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking an evidence bundle found. {@code signerTrusted} is null when no trusted certificate was given:
 * the signature then proves only that the bundle was not changed since someone signed it. {@code archiveProblems}
 * is not empty when the ZIP itself was refused (nothing else was then checked).
 */
public record VerificationReport(List<String> archiveProblems, boolean signatureValid, String signer,
                                 String signerFingerprint, Boolean signerTrusted, List<String> fileProblems,
                                 int entries, Long firstBrokenPosition, String chainProblem, String finalHash,
                                 List<String> documentProblems) {

    /** A bundle whose ZIP structure is refused: none of its files was read. */
    static VerificationReport refused(List<String> archiveProblems) {
        return new VerificationReport(List.copyOf(archiveProblems), false, null, null, null, List.of(), 0, null,
                "not checked", null, List.of());
    }

    public boolean chainIntact() {
        return chainProblem == null;
    }

    public boolean valid() {
        return archiveProblems.isEmpty() && signatureValid && !Boolean.FALSE.equals(signerTrusted)
                && fileProblems.isEmpty() && chainIntact() && documentProblems.isEmpty();
    }

    public List<String> lines() {
        var lines = new ArrayList<String>();
        if (!archiveProblems.isEmpty()) {
            lines.add("FAIL archive: refused, nothing in it was checked: " + String.join("; ", archiveProblems));
            lines.add("INVALID: the bundle's ZIP is malformed or forged (readers would not all see the same files)");
            return lines;
        }
        lines.add((signatureValid ? "OK  " : "FAIL") + " signature: " + (signatureValid ? "valid" : "INVALID")
                + (signer == null ? "" : ", signed by " + signer + " (certificate SHA-256 " + signerFingerprint + ")"));
        if (signerTrusted == null) {
            lines.add("WARN signer not checked against a trusted certificate: pass --certificate <the association's "
                    + "published certificate>, or compare the fingerprint above with the one it publishes");
        } else {
            lines.add((signerTrusted ? "OK  " : "FAIL") + " signer: " + (signerTrusted
                    ? "the trusted certificate" : "NOT the trusted certificate"));
        }
        lines.add((fileProblems.isEmpty() ? "OK  " : "FAIL") + " files: " + (fileProblems.isEmpty()
                ? "every file matches the signed manifest" : String.join("; ", fileProblems)));
        lines.add((chainIntact() ? "OK  " : "FAIL") + " chain: " + (chainIntact()
                ? entries + " entries intact, final hash " + finalHash
                : "broken at entry " + firstBrokenPosition + ": " + chainProblem));
        lines.add((documentProblems.isEmpty() ? "OK  " : "FAIL") + " documents: " + (documentProblems.isEmpty()
                ? "every attached document present with its recorded SHA-256" : String.join("; ", documentProblems)));
        lines.add(valid() ? "VALID: the bundle is intact" : "INVALID: the bundle was altered or is incomplete");
        return lines;
    }
}
