package org.recours.portal.reminders;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.recours.portal.ApiClient;
import org.recours.portal.RecoursApplication;
import org.recours.testing.time.MovableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One running Recours application on a test database of its own, with the test's clock and SMTP server: a test starts
 * several to restart the application or to run two instances on one database.
 */
final class RecoursInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    final ApiClient api;
    final JdbcTemplate jdbc;

    private RecoursInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** @param smtpPort the SMTP server's port, or 0 for none configured (the embedded default's outbox only) */
    static RecoursInstance start(OwnDatabase own, MovableClock clock, int smtpPort, String... properties) {
        RecoursApplication.disableAxonUsageReporting();
        var database = own.coordinates;
        // as command-line arguments, which win over application.yml's embedded database
        var all = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "recours.deadlines.polling-interval=100ms",
                "recours.reminders.poll-interval=100ms",
                "recours.reminders.first-retry=200ms",
                "recours.reminders.max-retry=1s",
                "recours.reminders.case-url=https://recours.example.org/cases/{caseId}"));
        if (smtpPort > 0) {
            all.add("spring.mail.host=127.0.0.1");
            all.add("spring.mail.port=" + smtpPort);
        }
        all.addAll(List.of(properties));
        var byName = new java.util.LinkedHashMap<String, String>();
        all.forEach(property -> byName.put(property.substring(0, property.indexOf('=')), property));
        var context = new SpringApplicationBuilder(RecoursApplication.class)
                .initializers(application -> application.getBeanFactory().registerSingleton("clock", clock))
                .run(byName.values().stream().map(property -> "--" + property).toArray(String[]::new));
        return new RecoursInstance(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DeadlineManager deadlineManager() {
        return context.getBean(DeadlineManager.class);
    }

    EventProcessingConfiguration eventProcessing() {
        return context.getBean(EventProcessingConfiguration.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
