package org.parley.ui.main;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parley.model.Amendment;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.DeskTimes;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;
import org.parley.model.TimelineEvent;
import org.parley.ui.common.MoneyText;
import org.parley.ui.proposals.AmendmentRow;

/**
 * The text of the details area for what is selected: figures with their sources, who proposes
 * what, and the events linked to it. Plain text, so a delegate can copy it into an e-mail.
 */
final class SelectionDetails {

    static final String TIME_NOTE = "* time chosen for the replay: the source gives only the day, or less";


    private final NegotiationData data;
    private final ProposedCuts cuts;
    private final Supplier<Instant> now;

    /**
     * How many of a proposal's amendments the details list. The details are a text area, laid out
     * whole after every gesture: a proposal of 1,240 amendments (10x) made that ~50 ms a gesture,
     * and 12,000 (100x) seconds; the amendments table beside it shows them all, virtualised.
     */
    static final int LISTED_AMENDMENTS = 40;
    /** How many linked events the details list, the first ones in time; the timeline shows them all. */
    static final int LISTED_EVENTS = 12;
    /** A delegation's details list this many of its proposals, then say how many more. */
    static final int LISTED_PROPOSALS = 40;

    /** {@code now}: the desk's "now"; what is known only after it reads "not yet known" (decision 0024). */
    SelectionDetails(NegotiationData data, ProposedCuts cuts, Supplier<Instant> now) {
        this.data = data;
        this.cuts = cuts;
        this.now = now;
    }

    String of(Mission m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.code()).append(" — ").append(m.name());
        if (!m.location().isEmpty()) {
            sb.append(" (").append(m.location()).append(')');
        }
        sb.append("\nStatus: ").append(m.status().label())
                .append("   Coordinator: ").append(m.coordinator().isEmpty() ? "not recorded" : m.coordinator());
        sb.append("\nBaselines:");
        Instant at = now.get();
        for (Baseline b : Baseline.values()) {
            m.baselines().get(b).ifPresent(f -> sb.append("\n  ").append(b.label()).append(": ").append(figure(f, at)));
        }
        if (!m.notes().isEmpty()) {
            sb.append("\nNotes: ").append(m.notes());
        }
        sb.append("\nLines tracked: ").append(m.lines().size()).append(", posts: ").append(m.postCount());
        sb.append("\nProposed cuts:");
        boolean any = false;
        for (Delegation d : data.delegations()) {
            Cut c = cuts.forMission(d.id(), m.id());
            if (!c.isNone()) {
                any = true;
                sb.append("\n  ").append(d.name()).append(": ").append(cut(c))
                        .append(m.hasIllustrativeFigures() ? "*" : "");
            }
        }
        if (!any) {
            sb.append(" none on the table");
        } else if (m.hasIllustrativeFigures()) {
            sb.append("\n  * computed from illustrative figures: an order of magnitude, not a fact");
        }
        appendEvents(sb, data.events().stream().filter(e -> e.missionIds().contains(m.id())).toList());
        return sb.toString();
    }

    String of(BudgetLine line, Mission m) {
        StringBuilder sb = new StringBuilder(m.code()).append(" / ").append(line.name())
                .append("\nCategory: ").append(line.category().label());
        Instant at = now.get();
        for (Baseline b : Baseline.values()) {
            line.baselines().get(b).ifPresent(f -> sb.append("\n  ").append(b.label()).append(": ")
                    .append(figure(f, at)));
        }
        sb.append("\nPosts: ").append(line.postCount());
        return sb.toString();
    }

    String of(Proposal p) {
        Delegation d = data.delegation(p.delegationId()).orElseThrow();
        StringBuilder sb = new StringBuilder(p.title()).append(" — ").append(d.name())
                .append("\nTabled ").append(DeskTimes.dateTime(p.tabledAt(), data.negotiation().zone()))
                .append(p.timeIllustrative() ? "*" : "")
                .append(", ").append(p.status().label())
                .append(p.timeIllustrative() ? "\n" + TIME_NOTE : "")
                .append("\n").append(p.provenance().describe())
                .append("\nAmendments:");
        int i = 1;
        for (Amendment a : p.amendments()) {
            if (i > LISTED_AMENDMENTS) {
                sb.append("\n  … and ").append(String.format(java.util.Locale.ROOT, "%,d", p.amendments().size() - LISTED_AMENDMENTS))
                        .append(" more: see the amendments table");
                break;
            }
            AmendmentRow row = AmendmentRow.of(data, i++, a);
            sb.append("\n  ").append(row.number()).append(". ").append(row.target()).append(": ")
                    .append(row.kind()).append(' ').append(row.value());
            if (!row.impact().isNone()) {
                sb.append(" → ").append(cut(row.impact())).append(row.impactIllustrative() ? "*" : "");
            }
        }
        appendEvents(sb, data.events().stream().filter(e -> e.proposalIds().contains(p.id())).toList());
        return sb.toString();
    }

    /** A delegation: what it is, whom a group speaks for, and its proposals with their status. */
    String of(Delegation d) {
        StringBuilder sb = new StringBuilder(d.name()).append(" (").append(d.code()).append(')')
                .append("\nKind: ").append(d.kind().label());
        if (!d.memberIds().isEmpty()) {
            sb.append("\nMembers: ").append(String.join(", ", d.memberIds().stream()
                    .map(id -> data.delegation(id).map(Delegation::name).orElse("(gone)")).toList()));
        }
        if (!d.notes().isEmpty()) {
            sb.append("\nNotes: ").append(d.notes());
        }
        sb.append("\nProposals:");
        List<Proposal> own = data.proposals().stream().filter(p -> p.delegationId() == d.id()).toList();
        int shown = 0;
        for (Proposal p : own) {
            if (++shown > LISTED_PROPOSALS) {
                sb.append("\n  … and ").append(String.format(java.util.Locale.ROOT, "%,d", own.size() - LISTED_PROPOSALS))
                        .append(" more: see the proposals tree");
                break;
            }
            sb.append("\n  ").append(p.title()).append(" — ").append(p.status().label()).append(", ")
                    .append(p.amendments().size()).append(p.amendments().size() == 1 ? " amendment" : " amendments");
        }
        if (own.isEmpty()) {
            sb.append("\n  none tabled");
        }
        return sb.toString();
    }

    String of(TimelineEvent e) {
        StringBuilder sb = new StringBuilder(e.title());
        if (!e.knownAt(now.get())) {
            sb.append("\nNot yet known on the desk's date: known from ").append(when(e.knownFrom()));
        }
        sb.append("\n").append(when(e)).append(" — ").append(e.kind().label());
        if (e.timeIllustrative()) {
            sb.append("\n").append(TIME_NOTE);
        }
        if (!e.description().isEmpty()) {
            sb.append("\n").append(e.description());
        }
        sb.append("\n").append(e.provenance().describe());
        List<String> missions = e.missionIds().stream()
                .map(id -> data.mission(id).map(Mission::code).orElse("?")).sorted().toList();
        if (!missions.isEmpty()) {
            sb.append("\nMissions: ").append(String.join(", ", missions));
        }
        List<String> proposals = e.proposalIds().stream()
                .map(id -> data.proposal(id).map(Proposal::title).orElse("?")).sorted().toList();
        if (!proposals.isEmpty()) {
            sb.append("\nProposals: ").append(String.join("; ", proposals));
        }
        return sb.toString();
    }

    private void appendEvents(StringBuilder sb, List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        sb.append("\nEvents:");
        Instant at = now.get();
        events.stream().sorted((x, y) -> x.at().compareTo(y.at())).limit(LISTED_EVENTS).forEach(e -> sb.append("\n  ")
                .append(when(e)).append("  ").append(e.title())
                .append(e.knownAt(at) ? "" : "  (not yet known: known from " + when(e.knownFrom()) + ")"));
        if (events.size() > LISTED_EVENTS) {
            sb.append("\n  … and ").append(String.format(java.util.Locale.ROOT, "%,d", events.size() - LISTED_EVENTS))
                    .append(" more: see the timeline");
        }
        if (events.stream().anyMatch(TimelineEvent::timeIllustrative)) {
            sb.append("\n  ").append(TIME_NOTE);
        }
    }

    /** An event's time, with the illustrative mark when its date or hour is chosen, not sourced. */
    private String when(TimelineEvent e) {
        return when(e.at()) + (e.timeIllustrative() ? "*" : "");
    }

    private String when(Instant t) {
        return DeskTimes.dateTime(t, data.negotiation().zone());
    }

    /** A figure with its source; one known only after the desk's "now" reads "not yet known", without its amount. */
    private String figure(Figure f, Instant at) {
        if (!f.knownAt(at)) {
            return "not yet known on the desk's date (known from " + when(f.knownFrom()) + ")";
        }
        return MoneyText.exact(f.usd()) + "  (" + f.provenance().describe() + ")";
    }

    private static String cut(Cut c) {
        String s = c.usd() == 0 ? "" : MoneyText.cut(c.usd());
        if (c.posts() > 0) {
            s += (s.isEmpty() ? "" : ", ") + c.posts() + (c.posts() == 1 ? " post" : " posts");
        }
        return s;
    }
}
