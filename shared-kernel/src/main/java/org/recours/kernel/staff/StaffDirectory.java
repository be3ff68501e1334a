package org.recours.kernel.staff;

import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.StaffMemberId;

/** The association's staff members and how to reach them; the staff portal issue adds accounts on top. */
public interface StaffDirectory {

    /** Adds the member or replaces what is known of them. */
    void save(StaffMember member);

    Optional<StaffMember> find(StaffMemberId login);

    List<StaffMember> all();
}
