package org.recours.portal.database;

import org.recours.query.DataDirectory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: with no {@code spring.datasource.url}, Recours starts its own PostgreSQL with its cluster
 * under {@code ${recours.data-dir}/postgres} and Spring Boot's connection pool connects to it. The pool depends on
 * the server, so at shutdown the server stops after the pool has closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresCluster embeddedPostgres(DataDirectory data) {
        return EmbeddedPostgresCluster.start(data.resolve("postgres"));
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgresCluster cluster) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresCluster.USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return cluster.jdbcUrl();
            }
        };
    }

    static final class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
