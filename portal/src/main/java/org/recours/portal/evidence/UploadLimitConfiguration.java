package org.recours.portal.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's limit for one uploaded file is {@code recours.evidence.max-size}, taken from its typed
 * settings so that its default is written once (application.yml used to repeat it in
 * {@code spring.servlet.multipart.max-file-size}). The other {@code spring.servlet.multipart.*} settings apply as
 * Spring Boot reads them; this bean takes the place of its auto-configured one.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, EvidenceSettings evidence) {
        multipart.setMaxFileSize(evidence.maxSize());
        return multipart.createMultipartConfig();
    }
}
