package org.recours.portal.branch;

import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.Require;

/**
 * A branch of the association as administrators manage it: its code (what accounts and cases carry, never changed
 * once created), the name people read, where it is, and whether new accounts may still join it.
 */
public record Branch(String code, String name, String address, String city, boolean active) {

    public Branch {
        code = new BranchId(code).value();
        name = Require.text("name", name, Require.SHORT_TEXT);
        address = Require.optionalText("address", address, Require.SHORT_TEXT);
        city = Require.optionalText("city", city, Require.SHORT_TEXT);
    }

    /** Where the branch is, on one line; a dash when nobody said. */
    public String place() {
        if (address == null && city == null) {
            return "—";
        }
        return address == null ? city : city == null ? address : address + ", " + city;
    }

    /** The branch as listed, with what still uses it (a branch in use is deactivated, never deleted). */
    public record InUse(Branch branch, int accounts, long cases) {

        public boolean deletable() {
            return accounts == 0 && cases == 0;
        }
    }
}
