package org.recours.portal.campaign;

import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipOutputStream;
import org.recours.kernel.campaign.query.CampaignFile;
import org.recours.kernel.campaign.query.CampaignMember;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.letter.ComplaintLetters;
import org.recours.portal.staff.CurrentStaff;
import org.recours.query.campaign.CampaignTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One formal letter per member, written in the background: for each member whose consent stands, the case's own
 * letter (rendered by {@link ComplaintLetters#pdf}, addressed to the campaign's targeted entity when it is one of the
 * company's head offices) is kept as a document of the member's case with its SHA-256 (so it is in the case's
 * evidence and its bundle), and put in one ZIP to download ({@code letters.zip}: {@code M00001-<case>.pdf}… and a
 * {@code manifest.sha256}). A letter a case refuses (its evidence can no longer grow: a case erased…) is listed in
 * {@code not-written.txt} with the reason, and the others go on. Progress and files as the collective export's
 * ({@link CampaignExports}, kind {@link #KIND}); one job at a time, one member in memory at a time.
 */
@Component
class CampaignLetters {

    static final String KIND = "MEMBER_LETTERS";
    static final String ZIP = "letters.zip";
    private static final Logger LOG = LoggerFactory.getLogger(CampaignLetters.class);

    private final CampaignTable campaigns;
    private final CampaignExports jobs;
    private final CaseAccess cases;
    private final ComplaintLetters letters;
    private final CurrentStaff staff;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "campaign-letters");
        thread.setDaemon(true);
        return thread;
    });

    CampaignLetters(
            CampaignTable campaigns,
            CampaignExports jobs,
            CaseAccess cases,
            ComplaintLetters letters,
            CurrentStaff staff) {
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.cases = cases;
        this.letters = letters;
        this.staff = staff;
    }

    /** Starts writing the letters of the campaign's members as they stand; answers at once. */
    CampaignExports.Export start(CampaignFile campaign, Principal principal) {
        var members = campaigns.members(campaign.campaignId(), null).stream()
                .filter(CampaignMember::exportable)
                .toList();
        var jobId = jobs.begin(campaign.campaignId(), KIND, staff.member(principal), members.size());
        worker.submit(() -> run(jobId, campaign, members, principal));
        return jobs.find(jobId).orElseThrow();
    }

    private void run(UUID jobId, CampaignFile campaign, List<CampaignMember> members, Principal principal) {
        try {
            Files.createDirectories(jobs.directory());
            var part = jobs.directory().resolve(jobId + ".letters.zip");
            try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                var manifest = new StringBuilder();
                var notWritten = new StringBuilder();
                int done = 0;
                for (var member : members) {
                    var name = member.pseudonym() + "-" + member.caseId() + ".pdf";
                    try {
                        var file = cases.visible(member.caseId(), principal);
                        var addressee = file.company()
                                        .headOffice(campaign.targetedEntity())
                                        .isPresent()
                                ? campaign.targetedEntity()
                                : null;
                        var pdf = letters.produce(
                                        file,
                                        ComplaintLetters.FORMAL_COMPLAINT,
                                        addressee,
                                        null,
                                        description(campaign, member),
                                        principal)
                                .pdf();
                        manifest.append(CampaignExports.put(zip, name, pdf))
                                .append("  ")
                                .append(name)
                                .append('\n');
                    } catch (RuntimeException refused) {
                        LOG.warn(
                                "no letter for {} of campaign {}: {}",
                                member.caseId(),
                                campaign.campaignId(),
                                refused.getMessage());
                        notWritten
                                .append(member.pseudonym())
                                .append(' ')
                                .append(member.caseId())
                                .append(" : ")
                                .append(refused.getMessage())
                                .append('\n');
                    }
                    done++;
                    if (done % 10 == 0 || done == members.size()) {
                        jobs.progress(jobId, done);
                    }
                }
                if (!notWritten.isEmpty()) {
                    CampaignExports.put(
                            zip, "not-written.txt", notWritten.toString().getBytes(StandardCharsets.UTF_8));
                }
                CampaignExports.put(
                        zip, CampaignExports.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
            }
            jobs.store(jobId, ZIP, part);
            jobs.finished(jobId);
        } catch (Exception e) {
            jobs.failed(jobId, e);
        }
    }

    /** The document's description on the case: which campaign's letter it is (200 characters at most). */
    private static String description(CampaignFile campaign, CampaignMember member) {
        var text = "Réclamation écrite de la campagne « " + campaign.title() + " » (" + member.pseudonym() + ")";
        // the template and its version follow it in the document's description (200 characters at most)
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }
}
