package org.recours.portal.branch;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage the branches ({@code /api/admin/…}: administrators only): 400 for input that can never be
 * valid, 404 for an unknown code, 409 for a code already taken or a branch still in use that cannot be deleted.
 */
@RestController
@RequestMapping("/api/admin/branches")
class BranchController {

    record NewBranch(String code, String name, String address, String city) {}

    record BranchChange(String name, String address, String city, Boolean active) {}

    record BranchView(String code, String name, String address, String city, boolean active, int accounts, long cases) {

        static BranchView of(Branch.InUse use) {
            var branch = use.branch();
            return new BranchView(
                    branch.code(),
                    branch.name(),
                    branch.address(),
                    branch.city(),
                    branch.active(),
                    use.accounts(),
                    use.cases());
        }
    }

    private final Branches branches;

    BranchController(Branches branches) {
        this.branches = branches;
    }

    @Operation(summary = "List the branches")
    @GetMapping
    List<BranchView> all() {
        return branches.inUse().stream().map(BranchView::of).toList();
    }

    @Operation(summary = "Read a branch")
    @GetMapping("/{code}")
    BranchView one(@PathVariable String code) {
        return BranchView.of(branches.use(branches.get(Branches.code(code))));
    }

    @Operation(summary = "Create a branch")
    @PostMapping
    ResponseEntity<BranchView> create(@RequestBody NewBranch body) {
        var branch = new Branch(body.code(), body.name(), body.address(), body.city(), true);
        branches.create(branch);
        return ResponseEntity.created(URI.create("/api/admin/branches/" + branch.code()))
                .body(BranchView.of(branches.use(branch)));
    }

    /** Renames, moves, deactivates ({@code "active": false}) or reactivates a branch; without {@code active}, as is. */
    @Operation(summary = "Update a branch")
    @PutMapping("/{code}")
    BranchView update(@PathVariable String code, @RequestBody BranchChange body) {
        var current = branches.get(Branches.code(code));
        var changed = new Branch(
                current.code(),
                body.name(),
                body.address(),
                body.city(),
                body.active() == null ? current.active() : body.active());
        branches.update(changed);
        return BranchView.of(branches.use(changed));
    }

    @Operation(summary = "Delete a branch never used")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        branches.delete(Branches.code(code));
        return ResponseEntity.noContent().build();
    }
}
