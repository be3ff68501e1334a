package org.recours.query;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The query side alone on a real database: DataSource, Flyway and the read models' tables. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideTestApplication {

    /** The portal provides the application's clock; alone, the query side needs one of its own. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    /** The portal keeps personal data; the projections tested here never read it. */
    @Bean
    PersonalDataVault noPersonalData() {
        return new PersonalDataVault() {
            @Override
            public void store(ConsumerId consumer, ConsumerDetails details) {
                throw new UnsupportedOperationException("the query side stores no personal data");
            }

            @Override
            public Optional<ConsumerDetails> find(ConsumerId consumer) {
                return Optional.empty();
            }

            @Override
            public void erase(ConsumerId consumer) {
            }
        };
    }
}
