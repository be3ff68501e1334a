package org.recours.query;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The query side alone on a real database: DataSource, Flyway and the read models' tables. The personal-data vault
 * lives in the portal; the projections tested here never read it, so a map stands in for it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PersonalDataVault personalDataVault() {
        Map<ConsumerId, ConsumerDetails> vault = new ConcurrentHashMap<>();
        return new PersonalDataVault() {
            @Override
            public void store(ConsumerId consumer, ConsumerDetails details) {
                vault.put(consumer, details);
            }

            @Override
            public boolean update(ConsumerId consumer, ConsumerDetails details) {
                return vault.replace(consumer, details) != null;
            }

            @Override
            public Optional<ConsumerDetails> find(ConsumerId consumer) {
                return Optional.ofNullable(vault.get(consumer));
            }

            @Override
            public Map<ConsumerId, String> fullNames(java.util.Collection<ConsumerId> consumers) {
                var names = new java.util.HashMap<ConsumerId, String>();
                consumers.forEach(consumer -> find(consumer).ifPresent(found -> names.put(consumer, found.fullName())));
                return names;
            }

            @Override
            public java.util.List<ConsumerId> findByName(String words, int limit) {
                return vault.entrySet().stream()
                        .filter(entry ->
                                entry.getValue().fullName().toLowerCase().contains(words.toLowerCase()))
                        .map(Map.Entry::getKey)
                        .limit(limit)
                        .toList();
            }

            @Override
            public void erase(ConsumerId consumer) {
                vault.remove(consumer);
            }
        };
    }
}
