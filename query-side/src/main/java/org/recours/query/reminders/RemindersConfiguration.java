package org.recours.query.reminders;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.kernel.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder emails: the automation that queues them, the outbox, the sender. Without a JavaMailSender (no
 * {@code spring.mail.host}) the emails stay in the outbox, where {@code GET /api/outbox} shows them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemindersSettings.class)
public class RemindersConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersConfiguration.class);

    @Bean
    ReminderOutbox reminderOutbox(JdbcTemplate jdbc, Clock clock) {
        return new ReminderOutbox(jdbc, clock);
    }

    @Bean
    WhenDeadlineFallsDueThenEmail whenDeadlineFallsDueThenEmail(
            QueryGateway queries,
            StaffDirectory staff,
            PersonalDataVault consumers,
            ReminderOutbox outbox,
            Clock clock,
            RemindersSettings settings) {
        return new WhenDeadlineFallsDueThenEmail(
                caseId -> queries.query(new FindCase(caseId), ResponseTypes.optionalInstanceOf(CaseFile.class))
                        .join(),
                staff,
                consumers,
                new ReminderTemplates(settings.caseUrl()),
                outbox,
                clock,
                settings.fallbackRecipient());
    }

    /**
     * The automation starts from the events recorded after it first runs (a new installation does not email about
     * old deadlines), and retries an event it could not handle instead of skipping it.
     */
    @Bean
    ConfigurerModule remindersProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        WhenDeadlineFallsDueThenEmail.PROCESSING_GROUP,
                        (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(
                        WhenDeadlineFallsDueThenEmail.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    ReminderSender.Settings reminderSenderSettings(RemindersSettings settings) {
        return settings.sender();
    }

    @Bean
    ReminderSender reminderSender(
            ReminderOutbox outbox,
            ObjectProvider<JavaMailSender> mail,
            PlatformTransactionManager transactionManager,
            ReminderSender.Settings settings) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured (spring.mail.host): reminder emails stay in the outbox, "
                    + "GET /api/outbox shows them.");
            return null;
        }
        return new ReminderSender(outbox, sender, new TransactionTemplate(transactionManager), settings);
    }
}
