package org.recours.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at a fresh database of its own: use {@link UsesOwnPostgres}. */
public class OwnPostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = TestDatabase.fresh("own");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "recours-own-test-database",
                        Map.of(
                                "spring.datasource.url",
                                database.url(),
                                "spring.datasource.username",
                                database.username(),
                                "spring.datasource.password",
                                database.password())));
    }
}
