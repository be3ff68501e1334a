package org.recours.portal.staff;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.staff.StaffDirectory;
import org.recours.kernel.staff.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory reminders are addressed from: {@code PUT /api/staff/{login}} adds or updates a member. */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    record Member(String fullName, String email, String branch) {}

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "List the staff members")
    @GetMapping
    List<StaffMember> all() {
        return directory.all();
    }

    @Operation(summary = "Update a staff member's details")
    @PutMapping("/{login}")
    ResponseEntity<StaffMember> save(@PathVariable String login, @RequestBody Member body) {
        var member =
                new StaffMember(new StaffMemberId(login), body.fullName(), body.email(), new BranchId(body.branch()));
        directory.save(member);
        return ResponseEntity.ok(member);
    }
}
