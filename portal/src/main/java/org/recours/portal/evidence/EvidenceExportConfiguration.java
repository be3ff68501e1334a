package org.recours.portal.evidence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bound on concurrent bundle exports ({@code recours.export.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BundleExportLimit.Settings.class)
class EvidenceExportConfiguration {

    @Bean
    BundleExportLimit bundleExportLimit(BundleExportLimit.Settings settings) {
        return new BundleExportLimit(settings);
    }
}
