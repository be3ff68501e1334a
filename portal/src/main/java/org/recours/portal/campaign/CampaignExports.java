package org.recours.portal.campaign;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.query.CampaignFile;
import org.recours.kernel.campaign.query.CampaignMember;
import org.recours.kernel.casefile.CaseId;
import org.recours.query.DataDirectory;
import org.recours.query.campaign.CampaignTable;
import org.recours.query.csv.FrenchSpreadsheet;
import org.recours.query.evidence.CmsSignature;
import org.recours.query.evidence.EvidenceBundle;
import org.recours.query.evidence.EvidenceExports;
import org.recours.query.evidence.TimestampAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collective file of a campaign, written in the background: a CSV of the members whose consent stands (by
 * pseudonym, with their facts, without names or case references) and one signed ZIP holding each such member's own
 * evidence bundle (the case export, still verifiable on its own), the CSV, a campaign manifest (campaign.json: the
 * campaign, its collective steps, and which pseudonym is which case with the SHA-256 of its bundle), a SHA-256 list
 * of all of them, its detached CMS signature and, when a time-stamping authority is configured, its RFC 3161
 * timestamp over the signature, as a case bundle has. Members are written one at a time, straight to the file: memory
 * holds one member's bundle, whatever the campaign's size. Progress is kept in {@code campaign_export}; the files are
 * written to the data directory, then kept in the database ({@code campaign_export_chunk}, 1 MiB bytea chunks) for
 * any instance to serve, and deleted from the disk.
 */
@Component
class CampaignExports {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignExports.class);
    static final String MANIFEST = "manifest.sha256";
    static final String SIGNATURE = "manifest.sha256.p7s";
    static final String CERTIFICATE = "signer-certificate.pem";
    static final String CAMPAIGN = "campaign.json";
    static final String CSV = "members.csv";

    /** The collective file; {@link CampaignLetters#KIND} the members' letters. */
    static final String COLLECTIVE_FILE = "COLLECTIVE_FILE";

    /**
     * A background job's state: {@code kind} is {@link #COLLECTIVE_FILE} or {@link CampaignLetters#KIND},
     * {@code status} RUNNING, DONE or FAILED.
     */
    record Export(
            UUID exportId,
            String campaignId,
            String kind,
            String status,
            int membersDone,
            int members,
            Instant requestedAt,
            Instant finishedAt) {

        /** The files this job leaves, by the name they are downloaded under. */
        public List<String> files() {
            return kind.equals(COLLECTIVE_FILE) ? FILES : List.of(CampaignLetters.ZIP);
        }
    }

    private final JdbcTemplate jdbc;
    private final CampaignTable campaigns;
    private final EvidenceExports evidence;
    private final TimestampAuthority tsa;
    private final ConsentRegister consents;
    private final Clock clock;
    private final Path directory;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "campaign-export");
        thread.setDaemon(true);
        return thread;
    });

    CampaignExports(
            JdbcTemplate jdbc,
            CampaignTable campaigns,
            EvidenceExports evidence,
            TimestampAuthority tsa,
            ConsentRegister consents,
            Clock clock,
            DataDirectory data) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.evidence = evidence;
        this.tsa = tsa;
        this.consents = consents;
        this.clock = clock;
        this.directory = data.resolve("exports", "campaigns");
    }

    /** Where a job writes its files before they go to the database. */
    Path directory() {
        return directory;
    }

    /** Starts the export of the campaign as it stands; answers at once, the work goes on in the background. */
    Export start(CampaignFile campaign, String requestedBy) {
        var members = campaigns.members(campaign.campaignId(), null).stream()
                .filter(CampaignMember::exportable)
                .toList();
        var exportId = begin(campaign.campaignId(), COLLECTIVE_FILE, requestedBy, members.size());
        worker.submit(() -> run(exportId, campaign, members, requestedBy));
        return find(exportId).orElseThrow();
    }

    /** A background job of the campaign begins, for that many members: its row, RUNNING. */
    UUID begin(CampaignId campaignId, String kind, String requestedBy, int members) {
        var exportId = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO campaign_export (export_id, campaign_id, kind, requested_by, requested_at, status,
                                             members_done, members)
                VALUES (?, ?, ?, ?, ?, 'RUNNING', 0, ?)""", exportId, campaignId.value(), kind, requestedBy, Timestamp.from(clock.instant()), members);
        return exportId;
    }

    private static final String EXPORT = "SELECT export_id, campaign_id, kind, status, members_done, members, "
            + "requested_at, finished_at FROM campaign_export ";

    Optional<Export> find(UUID exportId) {
        return jdbc.query(EXPORT + "WHERE export_id = ?", (row, n) -> export(row), exportId).stream()
                .findFirst();
    }

    Optional<Export> latest(CampaignId campaignId) {
        return latest(campaignId, COLLECTIVE_FILE);
    }

    /** The campaign's latest job of that kind. */
    Optional<Export> latest(CampaignId campaignId, String kind) {
        return jdbc
                .query(
                        EXPORT + "WHERE campaign_id = ? AND kind = ? ORDER BY requested_at DESC LIMIT 1",
                        (row, n) -> export(row),
                        campaignId.value(),
                        kind)
                .stream()
                .findFirst();
    }

    /** The files an export leaves, by the name they are downloaded under. */
    static final List<String> FILES = List.of("collective-file.zip", "members.csv", "members.xlsx");

    static final int CHUNK = 1024 * 1024;

    private Path zip(UUID exportId) {
        return directory.resolve(exportId + ".zip");
    }

    private Path csv(UUID exportId) {
        return directory.resolve(exportId + ".csv");
    }

    private Path xlsx(UUID exportId) {
        return directory.resolve(exportId + ".xlsx");
    }

    /**
     * Writes a finished export's file to {@code out} from the database, one chunk at a time: whichever instance
     * wrote it, whatever its size.
     */
    void copy(UUID exportId, String file, OutputStream out) throws IOException {
        for (int chunk = 0; ; chunk++) {
            var content = jdbc.query(
                    "SELECT content FROM campaign_export_chunk WHERE export_id = ? AND file_name = ? "
                            + "AND chunk = ?",
                    (row, n) -> row.getBytes(1),
                    exportId,
                    file,
                    chunk);
            if (content.isEmpty()) {
                return;
            }
            out.write(content.get(0));
        }
    }

    /** Keeps a written file in the database in chunks (see {@link #copy}), then deletes it from the disk. */
    void store(UUID exportId, String file, Path written) throws IOException {
        try (var in = Files.newInputStream(written)) {
            int chunk = 0;
            for (var content = in.readNBytes(CHUNK); content.length > 0 || chunk == 0; content = in.readNBytes(CHUNK)) {
                jdbc.update(
                        "INSERT INTO campaign_export_chunk (export_id, file_name, chunk, content) "
                                + "VALUES (?, ?, ?, ?)",
                        exportId,
                        file,
                        chunk++,
                        content);
                if (content.length < CHUNK) {
                    break;
                }
            }
        }
        Files.delete(written);
    }

    private static Export export(java.sql.ResultSet row) throws java.sql.SQLException {
        var finished = row.getTimestamp(8);
        return new Export(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getInt(5),
                row.getInt(6),
                row.getTimestamp(7).toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** The job is done: its files are kept. */
    void finished(UUID exportId) {
        jdbc.update(
                "UPDATE campaign_export SET status = 'DONE', finished_at = ? WHERE export_id = ?",
                Timestamp.from(clock.instant()),
                exportId);
    }

    void failed(UUID exportId, Exception failure) {
        LOG.error("the campaign's job {} failed", exportId, failure);
        jdbc.update(
                "UPDATE campaign_export SET status = 'FAILED', finished_at = ?, failure = ? WHERE export_id = ?",
                Timestamp.from(clock.instant()),
                failure.getClass().getSimpleName(),
                exportId);
    }

    private void run(UUID exportId, CampaignFile campaign, List<CampaignMember> members, String requestedBy) {
        try {
            Files.createDirectories(directory);
            var consentsById = consents.all(campaign.campaignId());
            var table = table(members, consentsById);
            var csvBytes = FrenchSpreadsheet.csv(table);
            Files.write(csv(exportId), csvBytes);
            try (var out = new BufferedOutputStream(Files.newOutputStream(xlsx(exportId)))) {
                FrenchSpreadsheet.xlsx(table, "membres", out);
            }
            var part = directory.resolve(exportId + ".zip.part");
            try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                var manifest = new StringBuilder();
                var bundles = new LinkedHashMap<String, Map<String, String>>();
                int done = 0;
                for (var member : members) {
                    var path = "members/" + member.pseudonym() + ".zip";
                    var memberEvidence = evidence.gather(new CaseId(member.caseId()), requestedBy)
                            .orElseThrow(() -> new IllegalStateException("no evidence for " + member.caseId()));
                    var hash = put(zip, path, out -> evidence.bundle(memberEvidence, out));
                    manifest.append(hash).append("  ").append(path).append('\n');
                    bundles.put(member.pseudonym(), Map.of("caseId", member.caseId(), "bundle", path, "sha256", hash));
                    done++;
                    if (done % 10 == 0 || done == members.size()) {
                        progress(exportId, done);
                    }
                }
                manifest.append(put(zip, CSV, csvBytes))
                        .append("  ")
                        .append(CSV)
                        .append('\n');
                var campaignJson = json.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(manifest(campaign, bundles, requestedBy));
                manifest.append(put(zip, CAMPAIGN, campaignJson))
                        .append("  ")
                        .append(CAMPAIGN)
                        .append('\n');
                var manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
                put(zip, MANIFEST, manifestBytes);
                var signature = CmsSignature.sign(manifestBytes, evidence.signingKey());
                put(zip, SIGNATURE, signature);
                put(zip, CERTIFICATE, EvidenceBundle.pem(evidence.signingKey()));
                var timestamp = tsa.stamp(signature);
                if (timestamp.isPresent()) {
                    put(zip, EvidenceBundle.TIMESTAMP, timestamp.get());
                }
            }
            Files.move(part, zip(exportId), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            store(exportId, FILES.get(0), zip(exportId));
            store(exportId, FILES.get(1), csv(exportId));
            store(exportId, FILES.get(2), xlsx(exportId));
            finished(exportId);
        } catch (Exception e) {
            failed(exportId, e);
        }
    }

    void progress(UUID exportId, int done) {
        jdbc.update("UPDATE campaign_export SET members_done = ? WHERE export_id = ?", done, exportId);
    }

    private Map<String, Object> manifest(
            CampaignFile campaign, Map<String, Map<String, String>> members, String exportedBy) {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", "recours-campaign-v1");
        manifest.put("campaignId", campaign.campaignId().value());
        manifest.put("title", campaign.title());
        manifest.put("company", campaign.companyId());
        manifest.put("targetedEntity", campaign.targetedEntity());
        manifest.put("ground", campaign.ground().name());
        manifest.put("breach", campaign.breach());
        manifest.put("periodFrom", String.valueOf(campaign.periodFrom()));
        manifest.put(
                "periodTo",
                campaign.periodTo() == null ? null : campaign.periodTo().toString());
        manifest.put("eligibility", campaign.eligibility());
        manifest.put("legalGrounds", campaign.legalGrounds());
        manifest.put("status", campaign.status().name());
        manifest.put("approvalNumber", campaign.approvalNumber());
        manifest.put(
                "collectiveSteps",
                campaign.steps().stream()
                        .map(step -> Map.of(
                                "stepNumber",
                                step.stepNumber(),
                                "kind",
                                step.kind(),
                                "on",
                                step.on().toString(),
                                "members",
                                step.members()))
                        .toList());
        manifest.put("members", members);
        manifest.put("exportedAt", clock.instant().toString());
        manifest.put("exportedBy", exportedBy);
        return manifest;
    }

    /** The members table's columns, in the CSV and the spreadsheet alike, in French (ADR 21's issue 16). */
    static final List<String> COLUMNS = List.of(
            "pseudonyme",
            "antenne",
            "adhésion le",
            "état du dossier",
            "abonné depuis",
            "formule",
            "mois concernés",
            "supplément payé (€)",
            "montant réclamé (€)",
            "preuves fournies",
            "consentement donné le",
            "canal du consentement");

    /**
     * The members by pseudonym with their facts and consent: no name, no case reference. Values keep their type
     * (dates, numbers, booleans; null when unknown): the spreadsheet stores them as such, the CSV writes them as a
     * French spreadsheet reads them ({@link FrenchSpreadsheet}). Rows are made as they are written.
     */
    static FrenchSpreadsheet.Table table(List<CampaignMember> members, Map<UUID, ConsentRegister.Consent> consents) {
        return new FrenchSpreadsheet.Table(
                COLUMNS,
                () -> members.stream()
                        .<List<?>>map(member -> row(member, consents))
                        .iterator());
    }

    private static List<Object> row(CampaignMember member, Map<UUID, ConsentRegister.Consent> consents) {
        var facts = member.facts();
        var consent = Optional.ofNullable(member.consentId()).map(consents::get);
        return java.util.Arrays.asList(
                member.pseudonym(),
                member.branch(),
                member.joinedOn(),
                member.caseStatus() == null ? null : member.caseStatus().labelFr(),
                facts.subscribedOn(),
                facts.plan(),
                facts.monthsAffected(),
                facts.extraChargePaid() == null ? null : facts.extraChargePaid().euros(),
                facts.amountClaimed() == null ? null : facts.amountClaimed().euros(),
                facts.evidencePresent(),
                consent.map(ConsentRegister.Consent::givenOn).orElse(null),
                consent.map(c -> c.channel().labelFr()).orElse(null));
    }

    static String put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        return put(zip, path, out -> out.write(content));
    }

    /** An entry written as a stream (a member's bundle never held in memory whole), and its SHA-256. */
    private static String put(ZipOutputStream zip, String path, EntryWriter content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        var digest = sha256();
        try (var out = new DigestOutputStream(new NonClosing(zip), digest)) {
            content.writeTo(out);
        }
        zip.closeEntry();
        return HexFormat.of().formatHex(digest.digest());
    }

    @FunctionalInterface
    private interface EntryWriter {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a digest stream be closed without closing the ZIP under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
