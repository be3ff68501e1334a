package org.recours.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.association.*}: the association running Recours.
 *
 * @param name its name, as the generated signing certificate and the exports show it
 */
@ConfigurationProperties("recours.association")
public record AssociationSettings(
        @DefaultValue("Association de consommateurs") String name) {}
