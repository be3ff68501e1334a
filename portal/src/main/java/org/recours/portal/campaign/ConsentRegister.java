package org.recours.portal.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.ConsentId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ContactChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Members' consents to join a campaign: when and how the consumer gave it, when they withdrew it. Personal data kept
 * beside the personal-data vault, out of the events which name only the {@link ConsentId} (docs/adr/0009).
 */
@Repository
class ConsentRegister {

    /** A consent as the consumer gave it; {@code withdrawnOn} is null while it stands. */
    record Consent(ConsentId consentId, LocalDate givenOn, ContactChannel channel, LocalDate withdrawnOn) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsentRegister(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ConsentId store(CampaignId campaignId, CaseId caseId, LocalDate givenOn, ContactChannel channel) {
        var consentId = ConsentId.random();
        jdbc.update(
                """
                INSERT INTO campaign_consent (consent_id, campaign_id, case_id, given_on, channel, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                consentId.value(),
                campaignId.value(),
                caseId.value(),
                Date.valueOf(givenOn),
                channel.name(),
                Timestamp.from(clock.instant()));
        return consentId;
    }

    /** Takes back a consent whose recording the campaign refused. */
    void forget(ConsentId consentId) {
        jdbc.update("DELETE FROM campaign_consent WHERE consent_id = ?", consentId.value());
    }

    /** The member's consent standing in the campaign was withdrawn on that day. */
    void withdrawn(CampaignId campaignId, CaseId caseId, LocalDate withdrawnOn) {
        jdbc.update(
                "UPDATE campaign_consent SET withdrawn_on = ? WHERE campaign_id = ? AND case_id = ? "
                        + "AND withdrawn_on IS NULL",
                Date.valueOf(withdrawnOn),
                campaignId.value(),
                caseId.value());
    }

    /** These consents, by id: one query for a whole page of members. */
    java.util.Map<java.util.UUID, Consent> of(java.util.Collection<java.util.UUID> consentIds) {
        var consents = new java.util.HashMap<java.util.UUID, Consent>();
        if (consentIds.isEmpty()) {
            return consents;
        }
        var ids = consentIds.stream().distinct().toArray(java.util.UUID[]::new);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "SELECT consent_id, given_on, channel, withdrawn_on FROM campaign_consent WHERE consent_id = ANY (?)");
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                (org.springframework.jdbc.core.RowCallbackHandler)
                        row -> consents.put(row.getObject(1, java.util.UUID.class), consent(row)));
        return consents;
    }

    private static Consent consent(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Consent(
                new ConsentId(row.getObject(1, java.util.UUID.class)),
                row.getObject(2, LocalDate.class),
                ContactChannel.valueOf(row.getString(3)),
                row.getObject(4, LocalDate.class));
    }

    /** Every consent recorded for the campaign, by id: one query for a whole export. */
    java.util.Map<java.util.UUID, Consent> all(CampaignId campaignId) {
        var consents = new java.util.HashMap<java.util.UUID, Consent>();
        jdbc.query(
                "SELECT consent_id, given_on, channel, withdrawn_on FROM campaign_consent WHERE campaign_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler)
                        row -> consents.put(row.getObject(1, java.util.UUID.class), consent(row)),
                campaignId.value());
        return consents;
    }

    /** The consumer of this case asked for their personal data to be erased: their consents go too. */
    void eraseFor(CaseId caseId) {
        jdbc.update("DELETE FROM campaign_consent WHERE case_id = ?", caseId.value());
    }
}
