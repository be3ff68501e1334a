package org.recours.portal.casefile;

import java.security.Principal;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.portal.branch.Branches;
import org.recours.portal.staff.CurrentStaff;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends one step of a case as a command, signed with who acts, guarded by the version the client saw. */
@Component
public class CaseSteps {

    private final CommandGateway commands;
    private final CurrentStaff staff;
    private final CaseAccess access;
    private final Branches branches;

    CaseSteps(CommandGateway commands, CurrentStaff staff, CaseAccess access, Branches branches) {
        this.commands = commands;
        this.staff = staff;
        this.access = access;
        this.branches = branches;
    }

    public ResponseEntity<StepRecorded> record(
            String caseId, String ifMatch, Principal principal, BiFunction<CaseId, Long, Object> command) {
        var id = existingCaseId(caseId);
        var message = command.apply(id, expectedVersion(ifMatch));
        try {
            long version = send(message, principal);
            return recorded(HttpStatus.OK, new StepRecorded(id.value(), version));
        } catch (AggregateNotFoundException | CaseOutOfReach e) {
            throw new CaseNotFound(caseId);
        }
    }

    /**
     * Axon compares the expected version while loading the case, before the case checks who acts: a stale version on
     * another branch's case would answer 409 with its current version (its existence and size). Reach is checked
     * first on that path, so such a case is unknown (404) whatever the If-Match.
     */
    public <R> R send(Object command, Principal principal) {
        try {
            return commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(staff.actorMetaData(principal)));
        } catch (ConflictingAggregateVersionException stale) {
            var caseId = String.valueOf(stale.getAggregateIdentifier());
            if (!reaches(caseId, principal)) {
                throw new CaseNotFound(caseId);
            }
            throw stale;
        }
    }

    /** The case's branch as its filing recorded it (the case list may lag), else as the case list shows it. */
    private boolean reaches(String caseId, Principal principal) {
        var member = staff.of(principal);
        var branch = branches.branchOf(existingCaseId(caseId))
                .or(() -> access.find(caseId).map(file -> file.branch().value()));
        return branch.map(member::reaches).orElse(member.role() != org.recours.kernel.casefile.StaffRole.STAFF);
    }

    static ResponseEntity<StepRecorded> recorded(HttpStatus status, StepRecorded step) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.ETAG, "\"" + step.version() + "\"")
                .body(step);
    }

    /** A reference that is not even well formed names no case: 404, like an unknown one. */
    public static CaseId existingCaseId(String caseId) {
        try {
            return CaseId.parse(caseId);
        } catch (InvalidCaseData e) {
            throw new CaseNotFound(caseId);
        }
    }

    /** If-Match carries the version the client last saw: {@code "3"}; absent or {@code *} means any version. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidCaseData("If-Match", RefusalText.of("check.if-match", ifMatch));
        }
    }
}
