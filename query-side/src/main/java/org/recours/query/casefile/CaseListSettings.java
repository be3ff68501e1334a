package org.recours.query.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.case-list.*}.
 *
 * @param searchCountCap a search by words counts at most this many matching cases; beyond, the list says "more
 *                       than" (every match is read to be counted: with 100,000 cases a word found in most of them
 *                       took 0.15 s to count)
 */
@ConfigurationProperties("recours.case-list")
public record CaseListSettings(@DefaultValue("1000") int searchCountCap) {

    public CaseListSettings {
        if (searchCountCap < 1) {
            throw new IllegalArgumentException(
                    "recours.case-list.search-count-cap must be at least 1: " + searchCountCap);
        }
    }
}
