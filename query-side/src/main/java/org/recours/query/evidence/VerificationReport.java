package org.recours.query.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking an evidence bundle found. {@code signerTrusted} is null when no trusted certificate was given:
 * the signature then proves only that the bundle was not changed since someone signed it. {@code archiveProblems}
 * is not empty when the ZIP itself was refused (nothing else was then checked). {@code timestamp} is null for a
 * bundle that carries no RFC 3161 timestamp (still valid: "not timestamped").
 */
public record VerificationReport(
        List<String> archiveProblems,
        boolean signatureValid,
        String signer,
        String signerFingerprint,
        Boolean signerTrusted,
        List<String> fileProblems,
        int entries,
        Long firstBrokenPosition,
        String chainProblem,
        String finalHash,
        List<String> documentProblems,
        Timestamp.Check timestamp) {

    /** A bundle whose ZIP structure is refused: none of its files was read. */
    static VerificationReport refused(List<String> archiveProblems) {
        return new VerificationReport(
                List.copyOf(archiveProblems),
                false,
                null,
                null,
                null,
                List.of(),
                0,
                null,
                "not checked",
                null,
                List.of(),
                null);
    }

    public boolean chainIntact() {
        return chainProblem == null;
    }

    public boolean valid() {
        return archiveProblems.isEmpty()
                && signatureValid
                && !Boolean.FALSE.equals(signerTrusted)
                && fileProblems.isEmpty()
                && chainIntact()
                && documentProblems.isEmpty()
                && (timestamp == null || timestamp.valid());
    }

    /** Exit status of a verifier: 0 valid, 1 invalid, 3 intact but its signer not checked (and not accepted). */
    public int exitCode(boolean untrustedSignerAccepted) {
        return !valid() ? 1 : signerTrusted == null && !untrustedSignerAccepted ? 3 : 0;
    }

    /** The report for people, refusing to call a bundle whose signer was not checked VALID. */
    public List<String> lines() {
        return lines(false);
    }

    /**
     * The report for people; {@code untrustedSignerAccepted} (the command's {@code --accept-untrusted-signer}) lets a
     * bundle checked without a trusted certificate be called VALID, still with the warning.
     */
    public List<String> lines(boolean untrustedSignerAccepted) {
        var lines = new ArrayList<String>();
        if (!archiveProblems.isEmpty()) {
            lines.add("FAIL archive: refused, nothing in it was checked: " + String.join("; ", archiveProblems));
            lines.add("INVALID: the bundle's ZIP is malformed or forged (readers would not all see the same files)");
            return lines;
        }
        lines.add((signatureValid ? "OK  " : "FAIL") + " signature: " + (signatureValid ? "valid" : "INVALID")
                + (signer == null ? "" : ", signed by " + signer + " (certificate SHA-256 " + signerFingerprint + ")"));
        if (signerTrusted == null) {
            lines.add("WARN signer NOT CHECKED: anyone can sign a bundle with a certificate of the same name; pass "
                    + "--certificate <the association's published certificate>, or compare the fingerprint above with "
                    + "the one it publishes");
        } else {
            lines.add((signerTrusted ? "OK  " : "FAIL") + " signer: "
                    + (signerTrusted ? "the trusted certificate" : "NOT the trusted certificate"));
        }
        lines.add((fileProblems.isEmpty() ? "OK  " : "FAIL") + " files: "
                + (fileProblems.isEmpty()
                        ? "every file matches the signed manifest"
                        : String.join("; ", fileProblems)));
        lines.add((chainIntact() ? "OK  " : "FAIL") + " chain: "
                + (chainIntact()
                        ? entries + " entries intact, final hash " + finalHash
                        : "broken at entry " + firstBrokenPosition + ": " + chainProblem));
        lines.add((documentProblems.isEmpty() ? "OK  " : "FAIL") + " documents: "
                + (documentProblems.isEmpty()
                        ? "every attached document present with its recorded SHA-256"
                        : String.join("; ", documentProblems)));
        if (timestamp == null) {
            lines.add("NOTE timestamp: not timestamped (no time-stamping authority was configured when the bundle was "
                    + "made, or it did not answer): its dates are the server's own");
        } else {
            lines.add((timestamp.valid() ? "OK  " : "FAIL") + " timestamp: "
                    + (timestamp.valid()
                            ? "the signature existed at " + timestamp.time() + " (RFC 3161, " + timestamp.authority()
                                    + "; check the authority with openssl ts -verify -CAfile <its root>)"
                            : timestamp.problem()));
        }
        lines.add(
                switch (exitCode(untrustedSignerAccepted)) {
                    case 0 ->
                        "VALID: the bundle is intact" + (signerTrusted == null ? " (its signer was NOT checked)" : "");
                    case 3 ->
                        "NOT VERIFIED: the files and the chain are intact, but who signed them was not checked (pass "
                                + "--certificate, or --accept-untrusted-signer to accept any signer)";
                    default -> "INVALID: the bundle was altered, forged or is incomplete";
                });
        return lines;
    }
}
