package org.recours.kernel.staff;

import java.util.regex.Pattern;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.StaffMemberId;

/** A member of the association's staff, as reminders address them. */
public record StaffMember(StaffMemberId login, String fullName, String email, BranchId branch) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffMember {
        Require.present("login", login);
        fullName = Require.text("fullName", fullName, Require.SHORT_TEXT);
        email = Require.text("email", email, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidCaseData("email", RefusalText.of("check.email", email));
        }
        Require.present("branch", branch);
    }
}
