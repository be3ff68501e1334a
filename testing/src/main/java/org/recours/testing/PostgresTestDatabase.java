package org.recours.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the {@link TestDatabase}: use {@link UsesPostgres} on the test class. */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = TestDatabase.get();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "recours-test-database",
                        Map.of(
                                "spring.datasource.url", database.url(),
                                "spring.datasource.username", database.username(),
                                "spring.datasource.password", database.password())));
    }
}
