package org.recours.query.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recours.kernel.campaign.CampaignClosed;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignOpened;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.campaign.CaseJoinedCampaign;
import org.recours.kernel.campaign.CaseLeftCampaign;
import org.recours.kernel.campaign.CollectiveStep;
import org.recours.kernel.campaign.ConsentId;
import org.recours.kernel.campaign.GroupActionStandingRecorded;
import org.recours.kernel.campaign.JudgmentDelivered;
import org.recours.kernel.campaign.MemberFacts;
import org.recours.kernel.campaign.MemberFactsRecorded;
import org.recours.kernel.campaign.query.CampaignFigures;
import org.recours.kernel.campaign.query.CampaignFile;
import org.recours.kernel.campaign.query.CampaignMember;
import org.recours.kernel.campaign.query.CampaignSummary;
import org.recours.kernel.campaign.query.SimilarCase;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.query.CaseStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** The {@code campaign}, {@code campaign_member} and {@code campaign_step} tables. */
public class CampaignTable {

    private final JdbcTemplate jdbc;

    public CampaignTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> version(CampaignId campaignId) {
        return jdbc
                .query(
                        "SELECT version FROM campaign WHERE campaign_id = ?",
                        (row, n) -> row.getLong(1),
                        campaignId.value())
                .stream()
                .findFirst();
    }

    void open(CampaignOpened event, Instant at) {
        jdbc.update(
                """
                INSERT INTO campaign (campaign_id, version, title, company_id, targeted_entity, ground, breach,
                                      period_from, period_to, eligibility, legal_grounds, status, opened_by, opened_on,
                                      members_ever_joined, last_changed_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                event.campaignId().value(),
                event.title(),
                event.companyId(),
                event.targetedEntity(),
                event.ground().name(),
                event.breach(),
                date(event.periodFrom()),
                date(event.periodTo()),
                event.eligibility(),
                event.legalGrounds(),
                CampaignStatus.OPEN.name(),
                event.openedBy().value(),
                date(event.openedOn()),
                Timestamp.from(at));
    }

    void moved(CampaignId campaignId, long version, Instant at) {
        jdbc.update(
                "UPDATE campaign SET version = ?, last_changed_at = ? WHERE campaign_id = ?",
                version,
                Timestamp.from(at),
                campaignId.value());
    }

    void standing(GroupActionStandingRecorded event) {
        jdbc.update(
                "UPDATE campaign SET approval_number = ?, approved_on = ?, approval_valid_until = ? "
                        + "WHERE campaign_id = ?",
                event.approvalNumber(),
                date(event.approvedOn()),
                date(event.validUntil()),
                event.campaignId().value());
    }

    /** A case joining again after it left keeps its member number: its pseudonym stays the same. */
    void join(CaseJoinedCampaign event) {
        int rejoined = jdbc.update(
                """
                UPDATE campaign_member SET left_on = NULL, left_reason = NULL, joined_on = ?, branch = ?
                 WHERE campaign_id = ? AND case_id = ?""",
                date(event.joinedOn()),
                event.branch().value(),
                event.campaignId().value(),
                event.caseId().value());
        if (rejoined == 0) {
            var number = jdbc.queryForObject(
                    "UPDATE campaign SET members_ever_joined = members_ever_joined + 1 "
                            + "WHERE campaign_id = ? RETURNING members_ever_joined",
                    Integer.class,
                    event.campaignId().value());
            jdbc.update(
                    """
                    INSERT INTO campaign_member (campaign_id, case_id, member_number, branch, joined_on)
                    VALUES (?, ?, ?, ?, ?)""",
                    event.campaignId().value(),
                    event.caseId().value(),
                    number,
                    event.branch().value(),
                    date(event.joinedOn()));
            if (number % STATISTICS_EVERY == 0) {
                jdbc.execute("ANALYZE campaign_member");
            }
        }
    }

    /**
     * Every so many members joining, the table's planner statistics are brought up to date. Left to autovacuum (which
     * on a busy server had not come by 8 minutes and 20,000 changes later), the planner estimated 8 members where there
     * were 10,000 and joined them to their cases one index lookup at a time: the campaign page's figures took 117 ms
     * instead of 0.3 to 50 (docs/performance.md, "Campaigns").
     */
    private static final int STATISTICS_EVERY = 1000;

    void leave(CaseLeftCampaign event) {
        jdbc.update(
                "UPDATE campaign_member SET left_on = ?, left_reason = ? WHERE campaign_id = ? AND case_id = ?",
                date(event.leftOn()),
                event.reason(),
                event.campaignId().value(),
                event.caseId().value());
    }

    void facts(MemberFactsRecorded event) {
        var facts = event.facts();
        jdbc.update(
                """
                UPDATE campaign_member SET subscribed_on = ?, plan = ?, months_affected = ?, extra_charge_paid = ?,
                                           amount_claimed = ?, evidence_present = ?
                 WHERE campaign_id = ? AND case_id = ?""",
                date(facts.subscribedOn()),
                facts.plan(),
                facts.monthsAffected(),
                euros(facts.extraChargePaid()),
                euros(facts.amountClaimed()),
                facts.evidencePresent(),
                event.campaignId().value(),
                event.caseId().value());
    }

    void consent(CampaignId campaignId, CaseId caseId, ConsentId consentId, boolean withdrawn) {
        jdbc.update(
                "UPDATE campaign_member SET consent_id = ?, consent_withdrawn = ? "
                        + "WHERE campaign_id = ? AND case_id = ?",
                consentId.value(),
                withdrawn,
                campaignId.value(),
                caseId.value());
    }

    void step(CollectiveStep step, String kind, LocalDate on, String addressee, String reference) {
        jdbc.update(
                """
                INSERT INTO campaign_step (campaign_id, step_number, kind, step_on, addressee, reference, members)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                step.campaignId().value(),
                step.stepNumber(),
                kind,
                date(on),
                addressee,
                reference,
                step.members().size());
        var stage = switch (kind) {
            case "FORMAL_NOTICE" -> CampaignStatus.FORMAL_NOTICE_SENT;
            case "MEDIATION" -> CampaignStatus.IN_MEDIATION;
            default -> CampaignStatus.IN_COURT;
        };
        var current = jdbc.queryForObject(
                "SELECT status FROM campaign WHERE campaign_id = ?",
                String.class,
                step.campaignId().value());
        if (stage.compareTo(CampaignStatus.valueOf(current)) > 0) {
            status(step.campaignId(), stage);
        }
    }

    void judgment(JudgmentDelivered event) {
        jdbc.update(
                "UPDATE campaign SET status = ?, judgment_on = ?, judgment_summary = ?, joining_window_ends_on = ? "
                        + "WHERE campaign_id = ?",
                CampaignStatus.JUDGMENT.name(),
                date(event.deliveredOn()),
                event.summary(),
                date(event.joiningWindowEndsOn()),
                event.campaignId().value());
    }

    void close(CampaignClosed event) {
        jdbc.update(
                "UPDATE campaign SET status = ?, closed_reason = ? WHERE campaign_id = ?",
                CampaignStatus.CLOSED.name(),
                event.reason(),
                event.campaignId().value());
    }

    private void status(CampaignId campaignId, CampaignStatus status) {
        jdbc.update("UPDATE campaign SET status = ? WHERE campaign_id = ?", status.name(), campaignId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM campaign_step");
        jdbc.update("DELETE FROM campaign_member");
        jdbc.update("DELETE FROM campaign");
    }

    private static final String CURRENT_MEMBERS =
            "(SELECT count(*) FROM campaign_member m WHERE m.campaign_id = " + "c.campaign_id AND m.left_on IS NULL)";

    public List<CampaignSummary> summaries() {
        return jdbc.query(
                "SELECT campaign_id, title, company_id, targeted_entity, status, " + CURRENT_MEMBERS
                        + ", opened_on FROM campaign c ORDER BY last_changed_at DESC",
                (row, n) -> new CampaignSummary(
                        new CampaignId(row.getString(1)),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        CampaignStatus.valueOf(row.getString(5)),
                        row.getInt(6),
                        row.getObject(7, LocalDate.class)));
    }

    public Optional<CampaignFile> find(CampaignId campaignId) {
        var steps = jdbc.query(
                """
                SELECT step_number, kind, step_on, addressee, reference, members FROM campaign_step
                 WHERE campaign_id = ? ORDER BY step_number""",
                (row, n) -> new CampaignFile.CollectiveStepView(
                        row.getInt(1),
                        row.getString(2),
                        row.getObject(3, LocalDate.class),
                        row.getString(4),
                        row.getString(5),
                        row.getInt(6)),
                campaignId.value());
        return jdbc
                .query(
                        """
                SELECT campaign_id, version, title, company_id, targeted_entity, ground, breach, period_from, period_to,
                       eligibility, legal_grounds, status, opened_by, opened_on, approval_number, approved_on,
                       approval_valid_until, judgment_on, judgment_summary, joining_window_ends_on, closed_reason,
                       """ + CURRENT_MEMBERS + " FROM campaign c WHERE campaign_id = ?",
                        (row, n) -> new CampaignFile(
                                new CampaignId(row.getString(1)),
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                Category.valueOf(row.getString(6)),
                                row.getString(7),
                                row.getObject(8, LocalDate.class),
                                row.getObject(9, LocalDate.class),
                                row.getString(10),
                                row.getString(11),
                                CampaignStatus.valueOf(row.getString(12)),
                                row.getString(13),
                                row.getObject(14, LocalDate.class),
                                row.getString(15),
                                row.getObject(16, LocalDate.class),
                                row.getObject(17, LocalDate.class),
                                row.getObject(18, LocalDate.class),
                                row.getString(19),
                                row.getObject(20, LocalDate.class),
                                row.getString(21),
                                row.getInt(22),
                                steps),
                        campaignId.value())
                .stream()
                .findFirst();
    }

    private static final String MEMBERS = """
            SELECT m.case_id, m.member_number, m.branch, m.joined_on, f.status, f.amount_at_stake, f.consumer_id,
                   m.subscribed_on, m.plan, m.months_affected, m.extra_charge_paid, m.amount_claimed,
                   m.evidence_present, m.consent_id, m.consent_withdrawn, f.next_deadline_on, f.next_deadline
              FROM campaign_member m LEFT JOIN case_file f ON f.case_id = m.case_id
             WHERE m.campaign_id = ? AND m.left_on IS NULL""";

    public List<CampaignMember> members(CampaignId campaignId, String branch) {
        var members = new ArrayList<CampaignMember>();
        forEachMember(campaignId, branch, members::add);
        return members;
    }

    /**
     * One page of the current members in joining order: the page is cut first, on the member-number index, then
     * joined to its cases (joined first, page 50 of 10,000 joined and sorted them all: 15 ms instead of 1).
     */
    public List<CampaignMember> page(CampaignId campaignId, int offset, int limit) {
        var paged = MEMBERS.replace("FROM campaign_member m", """
                FROM (SELECT * FROM campaign_member WHERE campaign_id = ? AND left_on IS NULL
                       ORDER BY member_number OFFSET ? LIMIT ?) m""");
        return jdbc.query(
                paged + " ORDER BY m.member_number",
                (row, n) -> member(row),
                campaignId.value(),
                offset,
                limit,
                campaignId.value());
    }

    public Optional<CampaignMember> member(CampaignId campaignId, CaseId caseId) {
        return jdbc
                .query(MEMBERS + " AND m.case_id = ?", (row, n) -> member(row), campaignId.value(), caseId.value())
                .stream()
                .findFirst();
    }

    /**
     * The figures over every current member, counted and summed by the database (three queries whatever the
     * campaign's size): members, exportable ones, total claimed, members per stage of their case, and the
     * {@code datesShown} nearest next legal dates from {@code from} on.
     */
    public CampaignFigures figures(CampaignId campaignId, LocalDate from, int datesShown) {
        var id = campaignId.value();
        var perStage = new java.util.EnumMap<CaseStatus, Integer>(CaseStatus.class);
        jdbc.query(
                """
                SELECT f.status, count(*) FROM campaign_member m JOIN case_file f ON f.case_id = m.case_id
                 WHERE m.campaign_id = ? AND m.left_on IS NULL GROUP BY f.status""", (RowCallbackHandler) row -> perStage.put(CaseStatus.valueOf(row.getString(1)), row.getInt(2)), id);
        var coming = jdbc.query(
                """
                SELECT f.next_deadline_on, f.next_deadline, m.member_number, m.case_id
                  FROM campaign_member m JOIN case_file f ON f.case_id = m.case_id
                 WHERE m.campaign_id = ? AND m.left_on IS NULL AND f.next_deadline_on >= ?
                 ORDER BY f.next_deadline_on, m.member_number LIMIT ?""",
                (row, n) -> new CampaignFigures.ComingDate(
                        row.getObject(1, LocalDate.class),
                        row.getString(2),
                        pseudonym(row.getInt(3)),
                        row.getString(4)),
                id,
                date(from),
                datesShown);
        return jdbc.queryForObject(
                """
                SELECT count(*), count(*) FILTER (WHERE consent_id IS NOT NULL AND NOT consent_withdrawn),
                       coalesce(sum(amount_claimed), 0)
                  FROM campaign_member WHERE campaign_id = ? AND left_on IS NULL""",
                (row, n) -> new CampaignFigures(
                        row.getInt(1),
                        row.getInt(2),
                        row.getBigDecimal(3),
                        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perStage)),
                        coming),
                id);
    }

    /** Streams the members, in joining order, without holding them all: for exports of any size. */
    public void forEachMember(CampaignId campaignId, String branch, java.util.function.Consumer<CampaignMember> each) {
        var arguments = new ArrayList<Object>(List.of(campaignId.value()));
        var sql = new StringBuilder(MEMBERS);
        if (branch != null) {
            sql.append(" AND m.branch = ?");
            arguments.add(branch);
        }
        sql.append(" ORDER BY m.member_number");
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql.toString());
                    statement.setFetchSize(500);
                    for (int i = 0; i < arguments.size(); i++) {
                        statement.setObject(i + 1, arguments.get(i));
                    }
                    return statement;
                },
                (RowCallbackHandler) row -> each.accept(member(row)));
    }

    private static CampaignMember member(ResultSet row) throws SQLException {
        var status = row.getString(5);
        var facts = new MemberFacts(
                row.getObject(8, LocalDate.class),
                row.getString(9),
                (Integer) row.getObject(10),
                money(row.getBigDecimal(11)),
                money(row.getBigDecimal(12)),
                row.getBoolean(13));
        return new CampaignMember(
                row.getString(1),
                pseudonym(row.getInt(2)),
                row.getString(3),
                row.getObject(4, LocalDate.class),
                status == null ? null : CaseStatus.valueOf(status),
                row.getBigDecimal(6),
                row.getObject(7, UUID.class),
                facts,
                row.getObject(14, UUID.class),
                row.getBoolean(15),
                row.getObject(16, LocalDate.class),
                row.getString(17));
    }

    /** A member's pseudonym: its joining order, e.g. M00017. */
    private static String pseudonym(int memberNumber) {
        return "M" + String.format("%05d", memberNumber);
    }

    /**
     * Open cases against the campaign's company on its ground, not members now, the closest to its breach first
     * (pg_trgm's word similarity of the breach with the case's searchable text, already indexed by trigrams).
     */
    public List<SimilarCase> similarCases(CampaignId campaignId, String branch, int limit) {
        var arguments = new ArrayList<Object>(List.of(campaignId.value(), campaignId.value()));
        var sql = new StringBuilder("""
                SELECT f.case_id, f.branch, f.status, f.filed_on, f.amount_at_stake,
                       word_similarity(lower(c.breach), coalesce(f.search_text, '')) AS likeness
                  FROM campaign c JOIN case_file f ON f.company_id = c.company_id AND f.category = c.ground
                 WHERE c.campaign_id = ? AND f.status <> 'CLOSED'
                   AND NOT EXISTS (SELECT 1 FROM campaign_member m WHERE m.campaign_id = ? AND m.case_id = f.case_id
                                   AND m.left_on IS NULL)""");
        if (branch != null) {
            sql.append(" AND f.branch = ?");
            arguments.add(branch);
        }
        sql.append(" ORDER BY likeness DESC, f.filed_on, f.case_id LIMIT ?");
        arguments.add(limit);
        return jdbc.query(
                sql.toString(),
                (row, n) -> new SimilarCase(
                        row.getString(1),
                        row.getString(2),
                        CaseStatus.valueOf(row.getString(3)),
                        row.getObject(4, LocalDate.class),
                        row.getBigDecimal(5),
                        row.getDouble(6)),
                arguments.toArray());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static java.math.BigDecimal euros(Money money) {
        return money == null ? null : money.euros();
    }

    private static Money money(java.math.BigDecimal euros) {
        return euros == null ? null : new Money(euros);
    }
}
