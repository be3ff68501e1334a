package org.recours.query;

import org.recours.query.casefile.CaseFileProjection;
import org.recours.query.casefile.CaseFileTable;
import org.recours.query.json.RecoursJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the read models; the projections themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    @Bean
    CaseFileTable caseFileTable(JdbcTemplate jdbc) {
        return new CaseFileTable(jdbc, RecoursJson.objectMapper());
    }

    @Bean
    CaseFileProjection caseFileProjection(CaseFileTable table) {
        return new CaseFileProjection(table);
    }
}
