package org.recours.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.query.audittrail.AuditEntries;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.query.campaign.CampaignProjection;
import org.recours.query.campaign.CampaignTable;
import org.recours.query.casefile.CaseFileProjection;
import org.recours.query.casefile.CaseFileTable;
import org.recours.query.casefile.CaseList;
import org.recours.query.casefile.CaseListSettings;
import org.recours.query.confidential.ConfidentialNotes;
import org.recours.query.evidence.EvidenceDocuments;
import org.recours.query.evidence.EvidenceExports;
import org.recours.query.evidence.SigningKey;
import org.recours.query.evidence.SigningKeys;
import org.recours.query.evidence.SigningSettings;
import org.recours.query.evidence.TimestampAuthority;
import org.recours.query.letter.LetterRenderer;
import org.recours.query.letter.LetterTemplates;
import org.recours.query.statistics.StatisticsQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the read models and the evidence exports; the projections themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    DataDirectory.class,
    AssociationSettings.class,
    CaseListSettings.class,
    SigningSettings.class
})
public class QuerySideConfiguration {

    private static final ObjectMapper JSON = RecoursJson.objectMapper();

    @Bean
    CaseFileTable caseFileTable(JdbcTemplate jdbc) {
        return new CaseFileTable(jdbc, JSON);
    }

    @Bean
    CaseFileProjection caseFileProjection(CaseFileTable table, EvidenceDocuments documents) {
        return new CaseFileProjection(table, documents::scans);
    }

    @Bean
    CaseList caseList(JdbcTemplate jdbc, PersonalDataVault vault, Clock clock, CaseListSettings settings) {
        return new CaseList(jdbc, vault, clock, settings.searchCountCap());
    }

    @Bean
    CampaignTable campaignTable(JdbcTemplate jdbc) {
        return new CampaignTable(jdbc);
    }

    @Bean
    CampaignProjection campaignProjection(CampaignTable campaignTable) {
        return new CampaignProjection(campaignTable);
    }

    @Bean
    StatisticsQuery statisticsQuery(JdbcTemplate jdbc) {
        return new StatisticsQuery(jdbc);
    }

    @Bean
    AuditTrailTable auditTrailTable(JdbcTemplate jdbc) {
        return new AuditTrailTable(jdbc);
    }

    @Bean
    AuditTrailProjection auditTrailProjection(AuditTrailTable table) {
        return new AuditTrailProjection(table, new AuditEntries(JSON));
    }

    @Bean
    LetterTemplates letterTemplates(JdbcTemplate jdbc, Clock clock) {
        return new LetterTemplates(jdbc, clock);
    }

    @Bean
    LetterRenderer letterRenderer() {
        return new LetterRenderer();
    }

    @Bean
    EvidenceDocuments evidenceDocuments(JdbcTemplate jdbc, Clock clock) {
        return new EvidenceDocuments(jdbc, clock);
    }

    @Bean
    ConfidentialNotes confidentialNotes(JdbcTemplate jdbc, Clock clock) {
        return new ConfidentialNotes(jdbc, clock);
    }

    /**
     * The association's key from {@code recours.evidence.signing.keystore} (PKCS#12); without one, a self-signed
     * key generated on first start under the data directory.
     */
    @Bean
    SigningKey evidenceSigningKey(SigningSettings signing, DataDirectory data, AssociationSettings association) {
        return signing.keystore().isBlank()
                ? SigningKeys.selfSigned(data.resolve("signing"), association.name())
                : SigningKeys.load(
                        Path.of(signing.keystore()), signing.password().toCharArray(), signing.alias());
    }

    @Bean
    EvidenceExports evidenceExports(
            CaseFileTable caseFiles,
            AuditTrailTable auditTrail,
            EvidenceDocuments documents,
            PersonalDataVault vault,
            SigningKey evidenceSigningKey,
            ObjectProvider<TimestampAuthority> timestampAuthority,
            Clock clock) {
        return new EvidenceExports(
                caseFiles,
                auditTrail,
                documents,
                vault,
                evidenceSigningKey,
                timestampAuthority.getIfAvailable(TimestampAuthority::none),
                JSON,
                clock);
    }
}
