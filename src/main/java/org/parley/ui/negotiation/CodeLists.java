package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.Proposal;

/**
 * Lists of things typed by their codes, the way officers write them: members "CN, EG", missions
 * "UNMISS MONUSCO", proposals "RU-1, CN-1" (a delegation's code and the number of its proposal in
 * the order tabled). An unknown code is a {@link Problem} naming the field.
 */
final class CodeLists {

    private CodeLists() {
    }

    static List<String> split(String text) {
        List<String> codes = new ArrayList<>();
        for (String s : (text == null ? "" : text).split("[,;\\s]+")) {
            if (!s.isBlank()) {
                codes.add(s.strip());
            }
        }
        return codes;
    }

    static List<Long> delegations(String field, String text, NegotiationData data, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : split(text)) {
            Optional<Delegation> d = data.delegations().stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst();
            if (d.isPresent()) {
                ids.add(d.get().id());
            } else {
                problems.add(new Problem(field, "no delegation has the code " + code));
            }
        }
        return ids;
    }

    static List<Long> missions(String field, String text, NegotiationData data, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : split(text)) {
            Optional<Mission> m = data.missionByCode(code);
            if (m.isPresent()) {
                ids.add(m.get().id());
            } else {
                problems.add(new Problem(field, "no mission has the code " + code));
            }
        }
        return ids;
    }

    static List<Long> proposals(String field, String text, NegotiationData data, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String ref : split(text)) {
            Optional<Proposal> p = data.proposals().stream().filter(x -> ref(x, data).equalsIgnoreCase(ref)).findFirst();
            if (p.isPresent()) {
                ids.add(p.get().id());
            } else {
                problems.add(new Problem(field, "no proposal " + ref + " (write a delegation's code and the "
                        + "number of its proposal, e.g. RU-1)"));
            }
        }
        return ids;
    }

    /** "RU-1": the delegation's code and the proposal's number among that delegation's, in list order. */
    static String ref(Proposal p, NegotiationData data) {
        int n = 0;
        for (Proposal q : data.proposals()) {
            if (q.delegationId() == p.delegationId()) {
                n++;
            }
            if (q.id() == p.id()) {
                break;
            }
        }
        return data.delegation(p.delegationId()).map(Delegation::code).orElse("?") + "-" + n;
    }

    static String delegationCodes(Collection<Long> ids, NegotiationData data) {
        return String.join(", ", ids.stream().map(id -> data.delegation(id).map(Delegation::code).orElse("?")).toList());
    }

    /** Mission codes in the negotiation's order of missions. */
    static String missionCodes(Collection<Long> ids, NegotiationData data) {
        return String.join(", ", data.missions().stream().filter(m -> ids.contains(m.id())).map(Mission::code).toList());
    }

    static String proposalRefs(Collection<Long> ids, NegotiationData data) {
        return String.join(", ", data.proposals().stream().filter(p -> ids.contains(p.id())).map(p -> ref(p, data))
                .toList());
    }

    /** Every proposal with its reference, for a tooltip: "RU-1 Cuts to human-rights …". */
    static String proposalIndex(NegotiationData data) {
        if (data.proposals().isEmpty()) {
            return "No proposal yet";
        }
        return String.join("\n", data.proposals().stream().map(p -> ref(p, data) + "  " + p.title()).toList());
    }
}
