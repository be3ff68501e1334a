package org.recours.portal.casefile;

import java.security.Principal;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.InvalidCaseData;
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

    CaseSteps(CommandGateway commands, CurrentStaff staff) {
        this.commands = commands;
        this.staff = staff;
    }

    public ResponseEntity<StepRecorded> record(String caseId, String ifMatch, Principal principal,
                                        BiFunction<CaseId, Long, Object> command) {
        var id = existingCaseId(caseId);
        var message = command.apply(id, expectedVersion(ifMatch));
        try {
            long version = send(message, principal);
            return recorded(HttpStatus.OK, new StepRecorded(id.value(), version));
        } catch (AggregateNotFoundException | CaseOutOfReach e) {
            throw new CaseNotFound(caseId);
        }
    }

    public <R> R send(Object command, Principal principal) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(staff.actorMetaData(principal)));
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
            throw new InvalidCaseData("If-Match", "En-tête If-Match invalide « " + ifMatch
                    + " » : attendu la version du dossier entre guillemets, par exemple \"3\".");
        }
    }
}
