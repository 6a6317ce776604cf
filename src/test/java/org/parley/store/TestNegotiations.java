package org.parley.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Negotiations for store tests. Document-local ids are deliberately odd: out of order, and
 * line and post ids repeated across missions and lines (they are only unique where they sit),
 * so that a remapping mistake shows.
 */
final class TestNegotiations {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Provenance A_541 = Provenance.sourced("A/72/541");

    private TestNegotiations() {
    }

    /** A negotiation with every kind of entity, every enum used somewhere, and a few edge cases. */
    static NegotiationData everyKind() {
        Negotiation negotiation = new Negotiation(0, "Peacekeeping budgets 2018/19",
                "Fifth Committee, 72nd session, second resumed part", Instant.parse("2018-05-07T14:00:00Z"),
                Instant.parse("2018-07-01T04:00:00Z"), NEW_YORK, Instant.parse("2018-06-26T13:00:00.123456789Z"),
                "USD", "UN RESTRICTED – internal");
        List<Delegation> delegations = List.of(
                // The group comes first, so its members are inserted after it.
                new Delegation(30, "G77", "G77 and China", DelegationKind.GROUP, List.of(20L, 10L), "Chair: Egypt"),
                new Delegation(10, "RU", "Russian Federation", DelegationKind.STATE, List.of(), ""),
                new Delegation(20, "CI", "Côte d'Ivoire", DelegationKind.STATE, List.of(), "Łódź-born delegate"));
        Mission monusco = new Mission(5, "MONUSCO", "UN Organization Stabilization Mission in the DR Congo",
                "Kinshasa", "Ms. Ł. Nowak", MissionStatus.OPEN,
                baselines(Map.of(Baseline.PRIOR_APPROVED, Figure.sourced(1_141_848_100L, "A/RES/71/302"),
                        Baseline.SG_PROPOSED, Figure.sourced(1_155_047_200L, "A/72/777"),
                        Baseline.ACABQ_RECOMMENDED, Figure.illustrative(1_150_000_000L))),
                List.of(new BudgetLine(1, "Human rights", LineCategory.HUMAN_RIGHTS,
                                baselines(Map.of(Baseline.CURRENT, new Figure(12_500_000L, A_541))),
                                List.of(post(1, "Human Rights Officer", Grade.P3, 3, PostStatus.ENCUMBERED),
                                        post(2, "Field Victims' Rights Advocate", Grade.P4, 1, PostStatus.VACANT))),
                        new BudgetLine(2, "Conduct and discipline", LineCategory.CONDUCT_DISCIPLINE, Baselines.none(),
                                List.of())),
                "Figures from the 2018/19 budget report.");
        Mission unmiss = new Mission(6, "UNMISS", "UN Mission in South Sudan", "", "", MissionStatus.AD_REF,
                Baselines.none(),
                List.of(new BudgetLine(11, "Gender", LineCategory.GENDER,
                        baselines(Map.of(Baseline.FINAL, Figure.illustrative(0L))),
                        List.of(post(21, "Gender Affairs Officer", Grade.NPO, 2, PostStatus.ENCUMBERED)))),
                "");
        Mission unlb = new Mission(7, "UNLB", "UN Logistics Base at Brindisi", "Brindisi", "", MissionStatus.AGREED,
                Baselines.none(), List.of(), "");
        List<Proposal> proposals = List.of(
                new Proposal(100, 10, "Cuts to human-rights components", Instant.parse("2018-06-26T15:30:00Z"),
                        ProposalStatus.OPENING_BID, Provenance.illustrative("reported orally"), List.of(
                        new Amendment(1, Target.line(5, 1), AmendmentKind.PERCENT_CUT, 5_000, "halve it", A_541),
                        new Amendment(2, Target.post(5, 1, 2), AmendmentKind.ABOLISH_POSTS, 1, "", A_541),
                        new Amendment(3, Target.mission(6), AmendmentKind.AMOUNT_CUT, 1_000_000, "", A_541),
                        new Amendment(4, Target.post(6, 11, 21), AmendmentKind.ABOLISH_POSTS, 2, "", A_541),
                        new Amendment(5, Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 129_000_000,
                                "the US target", Provenance.UNSOURCED))),
                new Proposal(99, 30, "Restore gender posts", Instant.parse("2018-06-27T10:00:00Z"),
                        ProposalStatus.REVISED, A_541, List.of(
                        new Amendment(6, Target.line(6, 11), AmendmentKind.RESTORE, 250_000, "", A_541))),
                new Proposal(98, 20, "Withdrawn idea", Instant.parse("2018-06-20T10:00:00Z"),
                        ProposalStatus.WITHDRAWN, A_541, List.of()),
                new Proposal(97, 30, "Agreed text", Instant.parse("2018-06-30T23:59:59Z"),
                        ProposalStatus.AGREED, A_541, List.of()));
        List<TimelineEvent> events = List.of(
                event(3, "2018-06-26T13:00:00Z", "Informals on MONUSCO", EventKind.INFORMAL_CONSULTATIONS,
                        Set.of(5L, 6L), Set.of(100L, 99L)),
                event(1, "2018-06-19T18:00:00Z", "US leaves the Human Rights Council", EventKind.EXTERNAL_EVENT,
                        Set.of(), Set.of()),
                event(2, "2018-06-27T09:00:00Z", "Bilateral with RU", EventKind.BILATERAL, Set.of(7L), Set.of(100L)),
                event(4, "2018-05-15T12:00:00Z", "ACABQ report issued", EventKind.DOCUMENT_ISSUED, Set.of(5L),
                        Set.of()),
                event(5, "2018-07-01T04:00:00Z", "Deadline", EventKind.DEADLINE, Set.of(), Set.of()));
        return new NegotiationData(negotiation, delegations, List.of(monusco, unmiss, unlb), proposals, events);
    }

    /** A small negotiation without a desk date: one delegation, one mission, one proposal, one event. */
    static NegotiationData small(String title, String missionCode) {
        Negotiation negotiation = new Negotiation(0, title, "", Instant.parse("2019-05-06T14:00:00Z"),
                Instant.parse("2019-07-01T04:00:00Z"), ZoneId.of("UTC"), null, "USD");
        Mission mission = new Mission(1, missionCode, missionCode + " mission", "", "", MissionStatus.OPEN,
                Baselines.none(), List.of(new BudgetLine(1, "Operational costs", LineCategory.OPERATIONAL,
                Baselines.none(), List.of(post(1, "Driver", Grade.NGS, 4, PostStatus.VACANT)))), "");
        return new NegotiationData(negotiation,
                List.of(new Delegation(1, "US", "United States", DelegationKind.STATE, List.of(), "")),
                List.of(mission),
                List.of(new Proposal(1, 1, "Trim operations", Instant.parse("2019-06-01T10:00:00Z"),
                        ProposalStatus.OPENING_BID, A_541, List.of(new Amendment(1, Target.line(1, 1),
                        AmendmentKind.AMOUNT_CUT, 10_000, "", A_541)))),
                List.of(event(1, "2019-06-02T10:00:00Z", "Informals", EventKind.INFORMAL_CONSULTATIONS, Set.of(1L),
                        Set.of(1L))));
    }

    /**
     * A negotiation of the given size, with the delegation codes given.
     */
    static NegotiationData sized(int missions, int linesPerMission, int postsPerLine, String... delegationCodes) {
        List<Mission> missionList = new ArrayList<>();
        for (int m = 1; m <= missions; m++) {
            List<BudgetLine> lines = new ArrayList<>();
            for (int l = 1; l <= linesPerMission; l++) {
                List<Post> posts = new ArrayList<>();
                for (int p = 1; p <= postsPerLine; p++) {
                    Grade grade = Grade.values()[p % Grade.values().length];
                    // Ids are unique across the whole negotiation, as NegotiationData requires.
                    posts.add(post((m * 1_000L + l) * 1_000L + p, "Officer " + p, grade, 1 + p % 3, PostStatus.values()[p % 2]));
                }
                LineCategory category = LineCategory.values()[l % LineCategory.values().length];
                lines.add(new BudgetLine(m * 1_000L + l, "Line " + l, category,
                        baselines(Map.of(Baseline.CURRENT, new Figure(1_000_000L * l, A_541))), posts));
            }
            missionList.add(new Mission(m, String.format("M%03d", m), "Mission " + m, "", "", MissionStatus.OPEN,
                    baselines(Map.of(Baseline.SG_PROPOSED, new Figure(100_000_000L * m, A_541))), lines, ""));
        }
        List<Delegation> delegations = new ArrayList<>();
        for (int d = 0; d < delegationCodes.length; d++) {
            delegations.add(new Delegation(d + 1, delegationCodes[d], "Delegation " + delegationCodes[d],
                    DelegationKind.STATE, List.of(), ""));
        }
        List<Proposal> proposals = delegations.isEmpty() || missions == 0 ? List.of()
                : List.of(new Proposal(1, 1, "Cut the first line of each mission",
                Instant.parse("2020-06-01T10:00:00Z"), ProposalStatus.OPENING_BID, A_541,
                missionList.stream().map(m -> new Amendment(m.id(), Target.line(m.id(), m.id() * 1_000L + 1),
                        AmendmentKind.PERCENT_CUT, 1_000, "", A_541)).toList()));
        Negotiation negotiation = new Negotiation(0, "Sized " + missions + "x" + linesPerMission + "x" + postsPerLine,
                "", Instant.parse("2020-05-04T14:00:00Z"), Instant.parse("2020-07-01T04:00:00Z"), NEW_YORK, null,
                "USD");
        return new NegotiationData(negotiation, delegations, missionList, proposals, List.of());
    }

    private static Post post(long id, String title, Grade grade, int count, PostStatus status) {
        return new Post(id, title, grade, count, status, Figure.sourced(100_000L + grade.ordinal(), "A/72/541 annex"),
                Provenance.illustrative("standard cost " + grade.label()));
    }

    private static Baselines baselines(Map<Baseline, Figure> figures) {
        return Baselines.of(figures);
    }

    private static TimelineEvent event(long id, String at, String title, EventKind kind, Set<Long> missions,
                                       Set<Long> proposals) {
        return new TimelineEvent(id, Instant.parse(at), title, kind, title.length() % 2 == 0 ? "" : "More on " + title,
                Provenance.sourced("UN Journal"), missions, proposals);
    }
}
