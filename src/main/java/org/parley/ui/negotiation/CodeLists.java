package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        return read(field, text, code -> data.delegations().stream().filter(d -> d.code().equalsIgnoreCase(code))
                .map(Delegation::id).findFirst(), code -> "no delegation has the code " + code, problems);
    }

    static List<Long> missions(String field, String text, NegotiationData data, List<Problem> problems) {
        return read(field, text, code -> data.missionByCode(code).map(Mission::id),
                code -> "no mission has the code " + code, problems);
    }

    static List<Long> proposals(String field, String text, NegotiationData data, List<Problem> problems) {
        return read(field, text, ref -> data.proposals().stream().filter(p -> ref(p, data).equalsIgnoreCase(ref))
                .map(Proposal::id).findFirst(), ref -> "no proposal " + ref + " (write a delegation's code and the "
                + "number of its proposal, e.g. RU-1)", problems);
    }

    /** The ids of the codes in {@code text}; each code {@code find} does not know is a problem. */
    private static List<Long> read(String field, String text, Function<String, Optional<Long>> find,
                                   Function<String, String> unknown, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : split(text)) {
            Optional<Long> id = find.apply(code);
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                problems.add(new Problem(field, unknown.apply(code)));
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
