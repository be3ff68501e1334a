package org.recours.portal.evidence;

import org.recours.query.evidence.TimestampAuthority;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bound on concurrent bundle exports ({@code recours.export.*}) and the bundles' time-stamping authority. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BundleExportLimit.Settings.class, TimestampingSettings.class, EvidenceSettings.class})
class EvidenceExportConfiguration {

    @Bean
    TimestampAuthority timestampAuthority(TimestampingSettings settings) {
        return settings.url() == null || settings.url().toString().isBlank()
                ? TimestampAuthority.none()
                : TimestampAuthority.at(settings.url(), settings.timeout());
    }

    @Bean
    BundleExportLimit bundleExportLimit(BundleExportLimit.Settings settings) {
        return new BundleExportLimit(settings);
    }
}
