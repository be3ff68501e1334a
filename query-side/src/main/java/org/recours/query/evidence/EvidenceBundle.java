package org.recours.query.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recours.kernel.casefile.Sha256;

/**
 * The signed evidence bundle (ZIP): the JSON and PDF exports, every attached document, a manifest of their SHA-256
 * in {@code sha256sum} format, a detached CMS signature of the manifest and the signer's certificate.
 */
public final class EvidenceBundle {

    public static final String TRAIL = "audit-trail.json";
    public static final String PDF = "case-history.pdf";
    public static final String README = "LISEZMOI.txt";
    public static final String MANIFEST = "manifest.sha256";
    public static final String SIGNATURE = "manifest.sha256.p7s";
    public static final String CERTIFICATE = "signer-certificate.pem";

    private EvidenceBundle() {
    }

    public static byte[] write(String caseId, byte[] json, byte[] pdf, Map<String, byte[]> documents, SigningKey key) {
        var signedFiles = new LinkedHashMap<String, byte[]>();
        signedFiles.put(README, readme(caseId, key).getBytes(StandardCharsets.UTF_8));
        signedFiles.put(TRAIL, json);
        signedFiles.put(PDF, pdf);
        signedFiles.putAll(documents);
        var manifest = new StringBuilder();
        signedFiles.forEach((path, content) -> manifest.append(Sha256.of(content).hex()).append("  ").append(path)
                .append('\n'));
        var manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);

        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : signedFiles.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
            put(zip, MANIFEST, manifestBytes);
            put(zip, SIGNATURE, CmsSignature.sign(manifestBytes, key));
            put(zip, CERTIFICATE, pem(key));
        } catch (IOException e) {
            throw new IllegalStateException("the evidence bundle cannot be written", e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] pem(SigningKey key) {
        try {
            var body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.certificate().getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
    }

    private static String readme(String caseId, SigningKey key) {
        return String.join("\n", List.of(
                "Paquet de preuve du dossier " + caseId + " / Evidence bundle of case " + caseId,
                "",
                "Contenu / Contents",
                "  " + TRAIL + "        historique chaîné (format recours-evidence-v1) / hash-chained history",
                "  " + PDF + "        le même historique, pour lecture / the same history, for people",
                "  documents/               pièces jointes / attached documents",
                "  " + MANIFEST + "         empreintes SHA-256 de tous ces fichiers / SHA-256 of all the files above",
                "  " + SIGNATURE + "     signature CMS détachée du manifeste / detached CMS signature",
                "  " + CERTIFICATE + "   certificat du signataire / signer's certificate",
                "",
                "Empreinte SHA-256 du certificat du signataire / signer certificate fingerprint:",
                "  " + key.fingerprint(),
                "Comparez-la à celle que publie l'association. / Compare it with the one the association publishes.",
                "",
                "1. Signature (OpenSSL) :",
                "  openssl cms -verify -binary -inform DER -in " + SIGNATURE + " -content " + MANIFEST
                        + " -CAfile certificat-publie-par-l-association.pem -purpose any -out /dev/null",
                "2. Fichiers / files:",
                "  sha256sum -c " + MANIFEST,
                "3. Chaîne / chain: for each entry of " + TRAIL + " in order, SHA-256 over the netstrings",
                "  (<byte length>:<UTF-8 bytes>,) of: recours-audit-entry-v1, caseId, position, eventId, recordedAt,",
                "  actor, kind, summaryFr, summaryEn, data, previousHash must equal hash; previousHash of entry 0 is",
                "  64 zeros and of entry n the hash of entry n-1; finalHash is the last hash.",
                "  Or / ou : java -jar recours.jar verify evidence-bundle.zip --certificate <certificate.pem>",
                ""));
    }
}
