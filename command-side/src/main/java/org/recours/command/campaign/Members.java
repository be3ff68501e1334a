package org.recours.command.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.campaign.CampaignRule;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.ConsentId;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;

/**
 * The campaign's members as its events left them: who is in, from which branch, with a standing consent or not. Part
 * of the campaign's snapshot: a change of these fields changes {@code Campaign}'s {@code @Revision}.
 */
final class Members {

    /** A member case; {@code consent} is null until recorded, and again once withdrawn. */
    record Member(CaseId caseId, BranchId branch, ConsentId consent) {}

    /** By case reference, in joining order (plain string keys: the snapshot's JSON keeps them as they are). */
    private final Map<String, Member> members = new LinkedHashMap<>();

    boolean contains(CaseId caseId) {
        return members.containsKey(caseId.value());
    }

    Member require(CaseId caseId) {
        var member = members.get(caseId.value());
        if (member == null) {
            throw CampaignStepRefused.of(CampaignRule.NOT_A_MEMBER, "case", caseId);
        }
        return member;
    }

    void join(CaseId caseId, BranchId branch) {
        members.put(caseId.value(), new Member(caseId, branch, null));
    }

    void leave(CaseId caseId) {
        members.remove(caseId.value());
    }

    void consent(CaseId caseId, ConsentId consent) {
        members.computeIfPresent(caseId.value(), (id, member) -> new Member(member.caseId(), member.branch(), consent));
    }

    /** The members a collective step acts for: those whose consumer's consent stands. */
    List<CaseId> consenting() {
        return members.values().stream()
                .filter(member -> member.consent() != null)
                .map(Member::caseId)
                .toList();
    }
}
