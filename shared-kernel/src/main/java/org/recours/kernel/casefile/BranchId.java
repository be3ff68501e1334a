package org.recours.kernel.casefile;

import java.util.regex.Pattern;

/** A branch of the association (for example {@code paris-11}); a case belongs to one. */
public record BranchId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public BranchId {
        value = Require.text("branch", value, 40).toLowerCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidCaseData("branch", RefusalText.of("check.branch-id", value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
