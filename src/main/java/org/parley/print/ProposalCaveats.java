package org.parley.print;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Amendment;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * A proposal's caveats as the model holds them: where we know it from (the source and its note,
 * e.g. "tabling date 25 June is illustrative"), and the rationale given for each amendment. A
 * proposal printed without them reads as more certain than it is.
 */
final class ProposalCaveats {

    private ProposalCaveats() {
    }

    /** "Source: Foreign Policy, late June 2018 — no programmes named…" then "Rationale (…): …", one per line. */
    static String of(NegotiationData data, Proposal p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.provenance().describe());
        for (Amendment a : p.amendments()) {
            if (!a.rationale().isEmpty()) {
                lines.add("Rationale (" + data.describe(a) + "): " + a.rationale());
            }
        }
        return String.join("\n", lines);
    }
}
