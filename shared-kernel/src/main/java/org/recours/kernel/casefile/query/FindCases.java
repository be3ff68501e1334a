package org.recours.kernel.casefile.query;

import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;

/**
 * Asks for a page of cases, newest activity first. Every filter is optional (null): the branch, where the case
 * stands, its ground, the company, the staff member who filed it, whether a deadline is due this week or overdue,
 * and words to look for in the reference, the consumer's name or the facts; {@code handler}: the staff member who
 * handles the case ("Mes dossiers").
 */
public record FindCases(
        String branch,
        CaseStatus status,
        Category category,
        String companyId,
        String staffMember,
        DeadlineFilter deadline,
        String text,
        int page,
        int size,
        String handler) {

    /** Whoever handles the cases. */
    public FindCases(
            String branch,
            CaseStatus status,
            Category category,
            String companyId,
            String staffMember,
            DeadlineFilter deadline,
            String text,
            int page,
            int size) {
        this(branch, status, category, companyId, staffMember, deadline, text, page, size, null);
    }

    public static final int MAX_PAGE_SIZE = 100;

    public enum DeadlineFilter {
        DUE_THIS_WEEK,
        OVERDUE
    }

    public FindCases {
        if (page < 0) {
            throw new InvalidCaseData("page", RefusalText.of("check.page"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidCaseData("size", RefusalText.of("check.page-size", MAX_PAGE_SIZE));
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidCaseData("q", RefusalText.of("check.search-length", 200));
        }
    }
}
