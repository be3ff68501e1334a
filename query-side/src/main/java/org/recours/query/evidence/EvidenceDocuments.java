package org.recours.query.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.query.CaseFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

/** The {@code evidence_document} table: each document's bytes, stored once, never replaced (a trigger refuses). */
public class EvidenceDocuments {

    private static final RowMapper<StoredDocument> DOCUMENT = (row, n) -> new StoredDocument(
            new DocumentId(row.getObject("document_id", java.util.UUID.class)),
            row.getString("case_id"),
            row.getString("file_name"),
            row.getString("media_type"),
            new Sha256(row.getString("sha256")),
            row.getBytes("content"),
            scan(row));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public EvidenceDocuments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a document with what the antivirus said of it (an infected one never comes here). */
    public StoredDocument store(CaseId caseId, String fileName, String mediaType, byte[] content, CaseFile.Scan scan) {
        var document = new StoredDocument(
                DocumentId.generate(), caseId.value(), fileName, mediaType, Sha256.of(content), content, scan);
        jdbc.update(
                """
                INSERT INTO evidence_document (document_id, case_id, file_name, media_type, size_bytes, sha256,
                                               content, stored_at, scanned_with, scanned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                document.documentId().value(),
                caseId.value(),
                fileName,
                mediaType,
                content.length,
                document.sha256().hex(),
                content,
                Timestamp.from(clock.instant()),
                scan.scannedWith(),
                scan.scanned() ? Timestamp.from(scan.scannedAt()) : null);
        return document;
    }

    /** What the antivirus said of each of a case's stored documents, by document id (their content is not read). */
    public Map<String, CaseFile.Scan> scans(CaseId caseId) {
        var scans = new HashMap<String, CaseFile.Scan>();
        jdbc.query(
                "SELECT document_id, scanned_with, scanned_at FROM evidence_document WHERE case_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> scans.put(
                        row.getObject("document_id", java.util.UUID.class).toString(), scan(row)),
                caseId.value());
        return scans;
    }

    private static CaseFile.Scan scan(java.sql.ResultSet row) throws java.sql.SQLException {
        var scannedWith = row.getString("scanned_with");
        return scannedWith == null
                ? CaseFile.Scan.NOT_SCANNED
                : CaseFile.Scan.by(scannedWith, row.getTimestamp("scanned_at").toInstant());
    }

    public Optional<StoredDocument> find(CaseId caseId, DocumentId documentId) {
        return jdbc
                .query(
                        "SELECT * FROM evidence_document WHERE document_id = ? AND case_id = ?",
                        DOCUMENT,
                        documentId.value(),
                        caseId.value())
                .stream()
                .findFirst();
    }

    public List<StoredDocument> all(CaseId caseId, Collection<String> documentIds) {
        return jdbc
                .query("SELECT * FROM evidence_document WHERE case_id = ? ORDER BY stored_at", DOCUMENT, caseId.value())
                .stream()
                .filter(document -> documentIds.contains(document.documentId().toString()))
                .toList();
    }

    /** The ids of the documents stored for a case (their content is not read). */
    public java.util.Set<String> storedIds(CaseId caseId) {
        var ids = new java.util.HashSet<String>();
        jdbc.query(
                "SELECT document_id FROM evidence_document WHERE case_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler)
                        row -> ids.add(row.getObject(1, java.util.UUID.class).toString()),
                caseId.value());
        return ids;
    }

    /** Copies one document's bytes to {@code out} as a stream, one row at a time: never a whole case in memory. */
    public void copy(CaseId caseId, String documentId, OutputStream out) {
        jdbc.query(
                "SELECT content FROM evidence_document WHERE document_id = ? AND case_id = ?",
                (ResultSetExtractor<Void>) rows -> {
                    if (rows.next()) {
                        try (InputStream in = rows.getBinaryStream(1)) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                },
                java.util.UUID.fromString(documentId),
                caseId.value());
    }

    /** Takes back a document whose attachment the case refused: it was never evidence. */
    public void forget(DocumentId documentId) {
        jdbc.update("DELETE FROM evidence_document WHERE document_id = ?", documentId.value());
    }
}
