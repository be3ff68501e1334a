package org.recours.kernel.casefile.query;

import java.util.List;

/**
 * A page of the case list and how many cases match in all; {@code totalCapped} when more than {@code total} match
 * (a search by words stops counting there: counting every match would read each of them).
 */
public record CasePage(List<CaseSummary> cases, long total, boolean totalCapped, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    /** Whether a page follows this one: beyond a capped total, as long as pages come full. */
    public boolean hasNext() {
        return page + 1 < pages() || totalCapped && cases.size() == size;
    }
}
