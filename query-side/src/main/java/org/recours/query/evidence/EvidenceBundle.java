package org.recours.query.evidence;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
    /** The RFC 3161 time-stamp response over {@link #SIGNATURE}'s bytes; absent when no TSA is configured. */
    public static final String TIMESTAMP = "manifest.sha256.p7s.tsr";

    private EvidenceBundle() {}

    /** A file of the bundle whose content is copied into it when the bundle is written, never held in memory. */
    @FunctionalInterface
    public interface Content {
        void copyTo(OutputStream out) throws IOException;
    }

    /** The whole bundle in memory: for small bundles and tests; exports stream with {@link #write(String, byte[],
     * byte[], Map, SigningKey, OutputStream)}. */
    public static byte[] write(String caseId, byte[] json, byte[] pdf, Map<String, byte[]> documents, SigningKey key) {
        var out = new ByteArrayOutputStream();
        var contents = new LinkedHashMap<String, Content>();
        documents.forEach((path, content) -> contents.put(path, target -> target.write(content)));
        try {
            write(caseId, json, pdf, contents, key, TimestampAuthority.none(), out);
        } catch (IOException e) {
            throw new IllegalStateException("the evidence bundle cannot be written", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the bundle to {@code out} as it goes: each document is copied from its source and hashed on the way,
     * and the manifest of those hashes, its signature and the certificate come last.
     */
    public static void write(
            String caseId,
            byte[] json,
            byte[] pdf,
            Map<String, Content> documents,
            SigningKey key,
            TimestampAuthority tsa,
            OutputStream out)
            throws IOException {
        var signedFiles = new LinkedHashMap<String, Content>();
        var readme = readme(caseId, key, tsa).getBytes(StandardCharsets.UTF_8);
        signedFiles.put(README, target -> target.write(readme));
        signedFiles.put(TRAIL, target -> target.write(json));
        signedFiles.put(PDF, target -> target.write(pdf));
        signedFiles.putAll(documents);
        var manifest = new StringBuilder();
        var zip = new ZipOutputStream(out);
        for (var file : signedFiles.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            var digest = sha256();
            file.getValue().copyTo(new DigestOutputStream(new EntryStream(zip), digest));
            zip.closeEntry();
            manifest.append(HexFormat.of().formatHex(digest.digest()))
                    .append("  ")
                    .append(file.getKey())
                    .append('\n');
        }
        var manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        put(zip, MANIFEST, manifestBytes);
        var signature = CmsSignature.sign(manifestBytes, key);
        put(zip, SIGNATURE, signature);
        put(zip, CERTIFICATE, pem(key));
        var timestamp = tsa.stamp(signature);
        if (timestamp.isPresent()) {
            put(zip, TIMESTAMP, timestamp.get());
        }
        zip.finish();
    }

    /** Lets a document's source write (and even close) its stream without closing the ZIP. */
    private static final class EntryStream extends FilterOutputStream {
        EntryStream(ZipOutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    /** The signer's certificate in PEM, as in the bundle and as the association publishes it. */
    public static byte[] pem(SigningKey key) {
        try {
            var body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.certificate().getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
    }

    private static String readme(String caseId, SigningKey key, TimestampAuthority tsa) {
        return String.join(
                "\n",
                List.of(
                        "Paquet de preuve du dossier " + caseId + " / Evidence bundle of case " + caseId,
                        "",
                        "Contenu / Contents",
                        "  " + TRAIL + "        historique chaîné (format recours-evidence-v1) / hash-chained history",
                        "  " + PDF + "        le même historique, pour lecture / the same history, for people",
                        "  documents/               pièces jointes / attached documents",
                        "  " + MANIFEST
                                + "         empreintes SHA-256 de tous ces fichiers / SHA-256 of all the files above",
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
                        "  Or / ou : python3 verify-evidence.py " + caseId + "-preuves.zip --certificate "
                                + "certificat-publie-par-l-association.pem",
                        "  (docs/evidence-format.md of Recours), or / ou : java -jar recours.jar verify " + caseId
                                + "-preuves.zip --certificate certificat-publie-par-l-association.pem",
                        "",
                        "4. Horodatage / timestamp (RFC 3161):",
                        tsa.url()
                                .map(url -> String.join(
                                        "\n",
                                        "  " + TIMESTAMP + " : jeton de l'autorité d'horodatage " + url + " sur "
                                                + SIGNATURE + ".",
                                        "  Token of the time-stamping authority " + url + " over " + SIGNATURE + ":",
                                        "  openssl ts -verify -in " + TIMESTAMP + " -data " + SIGNATURE
                                                + " -CAfile <certificat racine publie par l'autorite / the TSA's root certificate>",
                                        "  S'il manque, l'autorité n'a pas répondu lors de l'export. / If it is missing, the TSA did not",
                                        "  answer when the bundle was made."))
                                .orElse(
                                        String.join(
                                                "\n",
                                                "  AUCUN : aucune autorité d'horodatage n'est configurée ; les dates sont celles du serveur.",
                                                "  NONE: no time-stamping authority is configured; the dates are the server's own.")),
                        ""));
    }
}
