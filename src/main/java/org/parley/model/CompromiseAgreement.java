package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * What agreeing a compromise ad ref does to the mission it is about, and what taking that
 * agreement back does. Pure: the service puts the resulting mission into the same gesture as
 * the status change, so one undo puts everything back.
 *
 * <p>The rules:
 * <ul>
 *   <li>The cost is what the amendment would cut at the compromise's value
 *       ({@link ProposedCuts#impactOf}), measured from the figures of the talks: a CURRENT
 *       figure that an agreement set is an outcome, not a starting point, so the figure it
 *       started from counts instead. The figure keeps it as data ({@link Figure.Agreed}), with
 *       the figure before the floor at zero. So costs never compound (25% of a line is 25% of
 *       the figure before any agreement), and taking an agreement back gives back exactly what
 *       it took, even after the floor cut it short (decision 0012).</li>
 *   <li>Agreeing: the mission's CURRENT figure becomes its reference figure less the cost; for an
 *       amendment on a line (or a post row on it) the line's CURRENT figure moves the same way.
 *       Post rows are not changed: they record what the budget carries. The mission becomes
 *       {@link MissionStatus#AD_REF}, unless it is already agreed.</li>
 *   <li>Taking back: the cost is added back; an ad ref mission on which no other agreed
 *       compromise remains is open again.</li>
 *   <li>A figure never goes below zero; a budget with no figure keeps none; the new figure is
 *       illustrative when what it comes from is; a top-line cut moves no mission.</li>
 * </ul>
 */
public final class CompromiseAgreement {

    /** How the source of a figure moved by an agreement begins. */
    public static final String SOURCE_PREFIX = "after compromise '";
    private static final String FROM_TEXT = ", from ";

    private CompromiseAgreement() {
    }

    /** The mission after {@code c} is agreed ad ref; empty when the amendment names no mission. */
    public static Optional<Mission> agreed(NegotiationData data, Compromise c) {
        return moved(data, c, true);
    }

    /** The mission after the agreement on {@code c} is taken back; empty when it names no mission. */
    public static Optional<Mission> withdrawn(NegotiationData data, Compromise c) {
        return moved(data, c, false);
    }

    /** What the amendment costs at the compromise's value, measured from the talks' figures. */
    public static Cut cost(NegotiationData data, Compromise c) {
        Amendment a = amendment(data, c);
        return ProposedCuts.impactOf(talksFigures(data, a.target()), c.applyTo(a));
    }

    /** The source text of a figure an agreement moved, for people: nothing reads it back: "after compromise '−25%' agreed ad ref, from $9,780,000". */
    public static String source(Compromise c, boolean agreed, long startedFrom) {
        return SOURCE_PREFIX + c.description() + "' " + (agreed ? "agreed ad ref" : "no longer agreed ad ref")
                + FROM_TEXT + AmendmentText.dollars(startedFrom);
    }

    /** The figure the talks started from, when an agreement set this budget's CURRENT figure. */
    public static Optional<Long> startedFrom(Baselines b) {
        return b.get(Baseline.CURRENT).map(Figure::agreed).map(Figure.Agreed::startedFrom);
    }

    private static Optional<Mission> moved(NegotiationData data, Compromise c, boolean agree) {
        Amendment a = amendment(data, c);
        Target t = a.target();
        if (t.isWholeBudget()) {
            return Optional.empty();
        }
        Mission m = data.mission(t.missionId()).orElseThrow();
        long cost = cost(data, c).usd();
        long delta = agree ? -cost : cost;
        boolean illustrative = costIllustrative(data, a);
        List<BudgetLine> lines = m.lines();
        if (t.lineId() != null) {
            lines = lines.stream().map(l -> l.id() != t.lineId() ? l : new BudgetLine(l.id(), l.name(), l.category(),
                    move(l.baselines(), delta, c, agree, illustrative), l.posts())).toList();
        }
        return Optional.of(new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(),
                status(data, c, m, agree), move(m.baselines(), delta, c, agree, illustrative), lines, m.notes()));
    }

    private static MissionStatus status(NegotiationData data, Compromise c, Mission m, boolean agree) {
        if (agree) {
            return m.status() == MissionStatus.AGREED ? MissionStatus.AGREED : MissionStatus.AD_REF;
        }
        if (m.status() != MissionStatus.AD_REF) {
            return m.status();
        }
        boolean otherAgreed = data.compromises().stream()
                .filter(k -> k.id() != c.id() && k.status() == CompromiseStatus.AGREED_AD_REF)
                .anyMatch(k -> data.amendment(k.amendmentId()).map(x -> x.target().touchesMission(m.id())).orElse(false));
        return otherAgreed ? MissionStatus.AD_REF : MissionStatus.OPEN;
    }

    private static Baselines move(Baselines b, long delta, Compromise c, boolean agree, boolean costIllustrative) {
        Optional<Figure> reference = b.reference();
        if (reference.isEmpty()) {
            return b;
        }
        Figure.Agreed before = reference.get().agreed();
        long from = before == null ? reference.get().usd() : before.startedFrom();
        long beforeFloor = Amounts.plus(before == null ? reference.get().usd() : before.beforeFloor(), delta);
        boolean illustrative = reference.get().illustrative() || costIllustrative;
        return b.with(Baseline.CURRENT, new Figure(Math.max(0, beforeFloor),
                new Provenance(source(c, agree, from), illustrative), new Figure.Agreed(from, beforeFloor)));
    }

    /** The negotiation with the target's agreement-set CURRENT figures read as the figures they started from. */
    private static NegotiationData talksFigures(NegotiationData data, Target t) {
        Mission m = data.mission(t.missionId()).orElse(null);
        if (m == null) {
            return data;
        }
        boolean lineMoved = t.lineId() != null && data.line(m.id(), t.lineId())
                .flatMap(l -> startedFrom(l.baselines())).isPresent();
        if (startedFrom(m.baselines()).isEmpty() && !lineMoved) {
            return data;
        }
        List<BudgetLine> lines = m.lines().stream().map(l -> new BudgetLine(l.id(), l.name(), l.category(),
                talks(l.baselines()), l.posts())).toList();
        Mission talks = new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(),
                talks(m.baselines()), lines, m.notes());
        return data.withMissions(data.missions().stream().map(x -> x.id() == m.id() ? talks : x).toList());
    }

    private static Baselines talks(Baselines b) {
        return startedFrom(b).map(usd -> b.with(Baseline.CURRENT,
                new Figure(usd, b.get(Baseline.CURRENT).orElseThrow().provenance()))).orElse(b);
    }

    /** Whether the cost comes from an illustrative figure: a post's cost, or the target's figure. */
    private static boolean costIllustrative(NegotiationData data, Amendment a) {
        Target t = a.target();
        if (t.postId() != null) {
            return data.post(t).map(Post::illustrative).orElse(true);
        }
        NegotiationData talks = talksFigures(data, t);
        Optional<Baselines> b = t.lineId() == null ? talks.mission(t.missionId()).map(Mission::baselines)
                : talks.line(t.missionId(), t.lineId()).map(BudgetLine::baselines);
        return b.flatMap(Baselines::reference).map(Figure::illustrative).orElse(true);
    }

    private static Amendment amendment(NegotiationData data, Compromise c) {
        return data.amendment(c.amendmentId()).orElseThrow(() -> new IllegalArgumentException(
                "compromise \"" + c.description() + "\" names an unknown amendment id " + c.amendmentId()));
    }
}
