package org.recours.portal.campaign;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.recours.query.campaign.CampaignProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The automation that records a campaign's collective steps on its members' cases. */
@Configuration(proxyBeanMethods = false)
class CampaignAutomationConfiguration {

    @Bean
    WhenCollectiveStepThenRecordOnEachMember whenCollectiveStepThenRecordOnEachMember(
            CommandGateway commands, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new WhenCollectiveStepThenRecordOnEachMember(commands, jdbc, transactions);
    }

    /** A step that cannot be recorded on a case or in the campaigns' read model is retried, never skipped. */
    @Bean
    ConfigurerModule campaignStepsOnCasesProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        WhenCollectiveStepThenRecordOnEachMember.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(
                        CampaignProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(
                        "campaign-consent-erasure", configuration -> PropagatingErrorHandler.instance());
    }
}
