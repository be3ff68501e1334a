package org.recours.portal.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.consumer.PersonalDataVault;
import org.springframework.stereotype.Component;

/**
 * The consumers' names of the cases a page lists, read from the personal-data vault in one query per page (not one
 * per row). A consumer whose data was erased has no name: the pages then say "données effacées".
 */
@Component
public class ConsumerNames {

    private final PersonalDataVault vault;

    ConsumerNames(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** The names by consumer id (as the case summaries hold it), for every case of the given pages. */
    public Map<String, String> of(CasePage... pages) {
        var ids = Stream.of(pages)
                .flatMap(page -> page.cases().stream())
                .map(c -> c.consumerId())
                .filter(Objects::nonNull)
                .map(ConsumerId::parse)
                .distinct()
                .toList();
        var names = new HashMap<String, String>();
        vault.fullNames(ids).forEach((id, name) -> names.put(id.toString(), name));
        return names;
    }
}
