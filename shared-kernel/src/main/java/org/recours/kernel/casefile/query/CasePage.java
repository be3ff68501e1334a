package org.recours.kernel.casefile.query;

import java.util.List;

/** A page of the case list and how many cases match in all. */
public record CasePage(List<CaseSummary> cases, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
