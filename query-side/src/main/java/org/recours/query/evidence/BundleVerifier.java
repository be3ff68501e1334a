package org.recours.query.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.audittrail.AuditChain;

/**
 * Checks an evidence bundle the way a third party would: the manifest's signature (and who signed), every file
 * against the manifest, the audit trail's hash chain entry by entry, and every attached document. The ZIP is read
 * through its central directory, and refused first when readers could disagree on its content
 * ({@link BundleArchive}).
 */
public final class BundleVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The files outside the manifest: the manifest itself, what signs it and what dates the signature. */
    private static final Set<String> UNSIGNED = Set.of(
            EvidenceBundle.MANIFEST, EvidenceBundle.SIGNATURE, EvidenceBundle.CERTIFICATE, EvidenceBundle.TIMESTAMP);

    private BundleVerifier() {}

    public static VerificationReport verify(byte[] bundle, X509Certificate trusted) {
        try (var archive = BundleArchive.open(bundle)) {
            return verify(archive, trusted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a bundle on disk; its documents are read as streams, never held in memory. */
    public static VerificationReport verify(Path bundle, X509Certificate trusted) throws IOException {
        try (var archive = BundleArchive.open(bundle)) {
            return verify(archive, trusted);
        }
    }

    private static VerificationReport verify(BundleArchive archive, X509Certificate trusted) {
        if (!archive.refusals().isEmpty()) {
            return VerificationReport.refused(archive.refusals());
        }
        Map<String, String> digests = new LinkedHashMap<>();
        var unreadable = new ArrayList<String>();
        for (var name : archive.names()) {
            try {
                digests.put(name, archive.sha256(name));
            } catch (IOException | RuntimeException e) {
                unreadable.add(name + " cannot be read: " + e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            return VerificationReport.refused(unreadable);
        }
        var manifest = small(archive, EvidenceBundle.MANIFEST);
        var signature = CmsSignature.verify(manifest, small(archive, EvidenceBundle.SIGNATURE));
        Boolean trustedSigner = trusted == null
                ? null
                : signature.signerFingerprint() != null
                        && signature.signerFingerprint().equals(CmsSignature.fingerprint(trusted));
        var fileProblems = checkManifest(digests, new String(manifest, StandardCharsets.UTF_8));
        if (signature.problem() != null) {
            fileProblems.add(0, signature.problem());
        }
        var trail = digests.containsKey(EvidenceBundle.TRAIL) ? readTrail(small(archive, EvidenceBundle.TRAIL)) : null;
        var chain = checkChain(trail);
        var documentProblems = checkDocuments(trail, digests);
        var timestamp = archive.contains(EvidenceBundle.TIMESTAMP)
                ? Timestamp.verify(small(archive, EvidenceBundle.TIMESTAMP), small(archive, EvidenceBundle.SIGNATURE))
                : null;
        return new VerificationReport(
                List.of(),
                signature.valid(),
                signature.signer(),
                signature.signerFingerprint(),
                trustedSigner,
                fileProblems,
                chain.entries,
                chain.brokenAt,
                chain.problem,
                chain.finalHash,
                documentProblems,
                timestamp);
    }

    private static byte[] small(BundleArchive archive, String name) {
        try {
            return archive.contains(name) ? archive.read(name) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private record ChainCheck(int entries, Long brokenAt, String problem, String finalHash) {}

    private static ChainCheck checkChain(JsonNode trail) {
        if (trail == null) {
            return new ChainCheck(0, 0L, EvidenceBundle.TRAIL + " is missing or unreadable", null);
        }
        var entries = trail.path("entries");
        // entries whose confidential details were withheld (L612-3, ADR 24): linked, their own hash taken as given
        var withheld = new java.util.HashSet<Long>();
        trail.path("entriesWithConfidentialDetailsWithheld").forEach(position -> withheld.add(position.asLong()));
        var previous = AuditEntry.GENESIS;
        var caseId = trail.path("caseId").asText();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entry(entries.get(i));
            if (entry.position() != i) {
                return new ChainCheck(
                        entries.size(),
                        (long) i,
                        "position " + entry.position() + " where " + i
                                + " was expected (an entry was removed, inserted or moved)",
                        null);
            }
            if (!caseId.equals(entry.caseId())) {
                return new ChainCheck(entries.size(), (long) i, "entry of another case " + entry.caseId(), null);
            }
            if (!previous.equals(entry.previousHash())) {
                return new ChainCheck(
                        entries.size(),
                        (long) i,
                        "previousHash does not match the hash of the entry " + "before it",
                        null);
            }
            if (!withheld.contains(entry.position()) && !AuditChain.hash(entry).equals(entry.hash())) {
                return new ChainCheck(
                        entries.size(), (long) i, "its content does not match its hash (it was " + "changed)", null);
            }
            previous = entry.hash();
        }
        if (!previous.equals(trail.path("finalHash").asText())) {
            return new ChainCheck(
                    entries.size(),
                    (long) entries.size(),
                    "finalHash is not the last entry's hash " + "(entries were removed from the end)",
                    null);
        }
        return new ChainCheck(entries.size(), null, null, previous);
    }

    private static List<String> checkManifest(Map<String, String> files, String manifest) {
        var problems = new ArrayList<String>();
        Set<String> listed = new HashSet<>();
        for (var line : manifest.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var hash = line.substring(0, Math.min(64, line.length()));
            var path = line.length() > 66 ? line.substring(66) : "";
            listed.add(path);
            var content = files.get(path);
            if (content == null) {
                problems.add(path + " is missing");
            } else if (!content.equals(hash)) {
                problems.add(path + " was changed (its SHA-256 differs from the manifest's)");
            }
        }
        for (var path : files.keySet()) {
            if (!listed.contains(path) && !UNSIGNED.contains(path)) {
                problems.add(path + " is not in the signed manifest (it was added)");
            }
        }
        if (!listed.contains(EvidenceBundle.TRAIL)) {
            problems.add(EvidenceBundle.TRAIL + " is not in the signed manifest");
        }
        return problems;
    }

    private static List<String> checkDocuments(JsonNode trail, Map<String, String> files) {
        var problems = new ArrayList<String>();
        if (trail == null) {
            return problems;
        }
        for (var document : trail.path("documents")) {
            var path = document.path("bundlePath").asText();
            var content = files.get(path);
            if (content == null) {
                problems.add(document.path("fileName").asText() + " is missing from the bundle");
            } else if (!content.equals(document.path("sha256").asText())) {
                problems.add(document.path("fileName").asText() + " does not match the SHA-256 the case recorded");
            }
        }
        for (var entry : trail.path("entries")) {
            if (entry.path("kind").asText().equals("EvidenceAttached")) {
                var data = readTree(entry.path("data").asText());
                var recorded =
                        data == null ? "(unreadable)" : data.path("sha256").asText();
                var listed = false;
                for (var document : trail.path("documents")) {
                    listed |= document.path("sha256").asText().equals(recorded);
                }
                if (!listed) {
                    problems.add("the document attached at entry "
                            + entry.path("position").asText() + " (SHA-256 " + recorded + ") is not in the bundle");
                }
            }
        }
        return problems;
    }

    private static AuditEntry entry(JsonNode node) {
        return new AuditEntry(
                node.path("caseId").asText(),
                node.path("position").asLong(-1),
                node.path("eventId").asText(),
                node.path("recordedAt").asText(),
                node.path("actor").asText(),
                node.path("kind").asText(),
                node.path("summaryFr").asText(),
                node.path("summaryEn").asText(),
                node.path("data").asText(),
                node.path("previousHash").asText(),
                node.path("hash").asText());
    }

    private static JsonNode readTrail(byte[] content) {
        return content == null ? null : readTree(new String(content, StandardCharsets.UTF_8));
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
