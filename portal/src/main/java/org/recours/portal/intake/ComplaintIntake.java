package org.recours.portal.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.portal.branch.Branches;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.evidence.DocumentTooLarge;
import org.recours.portal.evidence.EvidenceIntake;
import org.recours.portal.evidence.EvidenceSettings;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.UnreadableEntry;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in a complaint from the public form: reads and bounds every field, checks each file by its content (the
 * evidence rules), applies the rate limits, keeps the submission until its sender confirms their address and queues
 * the confirmation email. Nothing enters the event store here (ADR 17).
 */
@Service
class ComplaintIntake {

    static final int FACTS = 5000;
    static final int DESIRED_OUTCOME = 1000;
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}|(97|98)[0-9]{3}|2[AB][0-9]{3}");
    private static final String DOCUMENT_DESCRIPTION = "Pièce envoyée par le consommateur avec sa réclamation";

    private final Submissions submissions;
    private final CompanyDirectory companies;
    private final Branches branches;
    private final IntakeMails mails;
    private final RateLimits limits;
    private final IntakeSettings settings;
    private final DataSize maxFileSize;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final EvidenceIntake evidence;

    ComplaintIntake(
            Submissions submissions,
            CompanyDirectory companies,
            Branches branches,
            IntakeMails mails,
            RateLimits limits,
            IntakeSettings settings,
            EvidenceSettings evidenceSettings,
            Clock clock,
            EvidenceIntake evidence) {
        this.evidence = evidence;
        this.submissions = submissions;
        this.companies = companies;
        this.branches = branches;
        this.mails = mails;
        this.limits = limits;
        this.settings = settings;
        this.maxFileSize = evidenceSettings.maxSize();
        this.clock = clock;
    }

    /** Keeps the submission and queues its confirmation; the sender's network address is counted first. */
    CaseId submit(FormValues form, List<MultipartFile> files, String networkAddress, String language) {
        limits.requireWithin(RateLimits.Key.NETWORK_ADDRESS, networkAddress);
        var companyId = form.required("companyId", "term.company");
        companies.find(companyId).orElseThrow(() -> UnreadableEntry.of("companyId", "intake.company.unknown"));
        var category = form.choice("category", "filing.category", Category.class);
        var facts = Require.text("facts", form.text("facts"), FACTS);
        var amount = new Money(form.amount("amountAtStake", "filing.amountAtStake"));
        var desiredOutcome = Require.text("desiredOutcome", form.text("desiredOutcome"), DESIRED_OUTCOME);
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        var contactedSupport = form.choice("contactedSupport", "intake.contactedSupport", Submission.Answer.class);
        var supportOn = optionalDate(form, "supportContactedOn", "intake.supportContactedOn", today);
        var wroteComplaint =
                form.choice("sentWrittenComplaint", "intake.sentWrittenComplaint", Submission.Answer.class);
        var writtenOn = optionalDate(form, "writtenComplaintOn", "intake.writtenComplaintOn", today);
        var email = form.required("email", "intake.email");
        var consumer =
                new ConsumerDetails(form.text("fullName"), email, form.text("phone"), form.text("postalAddress"));
        var postcode = Require.text("postcode", form.text("postcode"), 10).toUpperCase();
        if (!POSTCODE.matcher(postcode).matches()) {
            throw UnreadableEntry.of("postcode", "intake.postcode.invalid");
        }
        var branch = branch(form.text("branch"), postcode);
        if (!"on".equals(form.text("consent"))) {
            throw UnreadableEntry.of("consent", "intake.consent.missing");
        }
        var documents = documents(files);
        limits.requireWithin(RateLimits.Key.EMAIL, email.strip().toLowerCase());
        var id = CaseId.generate(random);
        var now = clock.instant();
        var submission = new Submission(
                id,
                Submission.Status.UNCONFIRMED,
                branch,
                companyId,
                category,
                facts,
                desiredOutcome,
                amount,
                consumer,
                postcode,
                new Submission.Answers(
                        contactedSupport,
                        contactedSupport == Submission.Answer.YES ? supportOn : null,
                        wroteComplaint,
                        wroteComplaint == Submission.Answer.YES ? writtenOn : null),
                language,
                now,
                null,
                null,
                null,
                null);
        var token = Tokens.generate();
        submissions.store(submission, Tokens.hash(token), documents, now);
        mails.confirmation(id, consumer.email(), language, token);
        return id;
    }

    /**
     * The branch the consumer chose among the active ones, else the one their postcode falls to (the default branch
     * when that one is not, or no longer, active).
     */
    private String branch(String chosen, String postcode) {
        var active = branches.active().stream().map(branch -> branch.code()).toList();
        if (chosen != null) {
            if (!active.contains(chosen)) {
                throw UnreadableEntry.of("branch", "intake.branch.unknown");
            }
            return chosen;
        }
        var mapped = settings.branchFor(postcode);
        return active.contains(mapped) ? mapped : settings.defaultBranch();
    }

    private static LocalDate optionalDate(FormValues form, String name, String label, LocalDate today) {
        var typed = form.text(name);
        if (typed == null) {
            return null;
        }
        try {
            return Require.notAfter(name, LocalDate.parse(typed), today);
        } catch (DateTimeParseException e) {
            throw UnreadableEntry.of(
                    name,
                    "form.date.invalid",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(label),
                    typed);
        }
    }

    /** The files sent, each within the evidence limit and of an accepted type by its content, all within theirs. */
    List<Submissions.Document> documents(List<MultipartFile> files) {
        var sent = files == null
                ? List.<MultipartFile>of()
                : files.stream().filter(file -> file != null && !file.isEmpty()).toList();
        if (sent.size() > settings.maxFiles()) {
            throw UnreadableEntry.of("files", "intake.files.too-many", settings.maxFiles());
        }
        long total = 0;
        var documents = new ArrayList<Submissions.Document>();
        for (var file : sent) {
            if (file.getSize() > maxFileSize.toBytes()) {
                throw new DocumentTooLarge(maxFileSize);
            }
            total += file.getSize();
            if (total > settings.maxSubmissionSize().toBytes()) {
                throw UnreadableEntry.of(
                        "files",
                        "intake.files.too-large",
                        settings.maxSubmissionSize().toMegabytes());
            }
            var name = Require.text(
                    "files", file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(), 200);
            // checked as staff uploads are (size, type by content) and scanned by the antivirus before it is kept:
            // an infected file is refused and never stored, not even while the submission awaits confirmation
            var checked = evidence.check(name, bytes(file));
            documents.add(new Submissions.Document(
                    0, checked.fileName(), checked.mediaType(), DOCUMENT_DESCRIPTION, checked.content()));
        }
        return documents;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
