package org.recours.command;

import org.axonframework.config.ConfigurerModule;
import org.recours.command.casefile.ComplaintCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the aggregates with Axon; the domain classes themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    ConfigurerModule complaintCaseAggregate() {
        return configurer -> configurer.configureAggregate(ComplaintCase.class);
    }
}
