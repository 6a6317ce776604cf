package org.parley.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.AmendmentRules;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.Item;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Random gestures on an {@link Editor}: every kind the service layer offers, aimed at what the
 * negotiation holds as it stands, with plausible values and edge values (zero, the whole line,
 * more than the line, a name already taken, a time outside the talks) that the rules may refuse.
 * Values are built inside the gesture, so a value a model constructor refuses counts as a refused
 * gesture, as a form's refusal would. Everything follows from the {@link Random} it is given.
 */
final class RandomGestures {

    /** One gesture, ready to run. */
    record Gesture(String kind, String detail, Action action) {
        @Override
        public String toString() {
            return kind + " (" + detail + ")";
        }
    }

    /** What a gesture does through the editor. */
    interface Action {
        void run() throws EditException;
    }

    private record Kind(String name, int weight, Function<NegotiationData, Gesture> make) {
    }

    private static final String SOURCE = "A/72/789";
    private static final List<String> NAMES = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo");

    private final Random rnd;
    private final Editor editor;
    private final BudgetEdits budget;
    private final ProposalEdits proposals;
    private final PositionEdits positions;
    private final CompromiseEdits compromises;
    private final ScenarioEdits scenarios;
    private final TimelineEdits timeline;
    private final DelegationEdits delegations;
    private final NegotiationEdits negotiation;
    private final List<Kind> kinds = new ArrayList<>();
    private int totalWeight;

    RandomGestures(Random rnd, Editor editor) {
        this.rnd = rnd;
        this.editor = editor;
        budget = new BudgetEdits(editor);
        proposals = new ProposalEdits(editor);
        positions = new PositionEdits(editor);
        compromises = new CompromiseEdits(editor);
        scenarios = new ScenarioEdits(editor);
        timeline = new TimelineEdits(editor);
        delegations = new DelegationEdits(editor);
        negotiation = new NegotiationEdits(editor);
        budgetKinds();
        proposalKinds();
        positionKinds();
        compromiseKinds();
        scenarioKinds();
        otherKinds();
    }

    /** The names of every kind of gesture this draws from. */
    List<String> kindNames() {
        return kinds.stream().map(Kind::name).toList();
    }

    /** A gesture on the negotiation as it stands now, by the kinds' weights. */
    Gesture next() {
        NegotiationData d = editor.data();
        while (true) {
            int r = rnd.nextInt(totalWeight);
            for (Kind k : kinds) {
                r -= k.weight();
                if (r < 0) {
                    Gesture g = k.make().apply(d);
                    if (g != null) {
                        return g;
                    }
                    break; // nothing to aim it at now: draw again
                }
            }
        }
    }

    private void kind(String name, int weight, Function<NegotiationData, Gesture> make) {
        kinds.add(new Kind(name, weight, make));
        totalWeight += weight;
    }

    private static Gesture gesture(String kind, String detail, Action action) {
        return new Gesture(kind, detail, action);
    }

    // ---- budgets: missions, lines, posts, CSV import ----

    private void budgetKinds() {
        kind("edit mission", 4, d -> {
            Mission m = pick(d.missions());
            if (m == null) {
                return null;
            }
            String code = chance(10) ? pick(d.missions()).code() : m.code();
            MissionStatus status = chance(30) ? pick(MissionStatus.values()) : m.status();
            Baselines baselines = chance(60) ? baselines(m.baselines(), maxOfLines(m)) : m.baselines();
            String notes = chance(30) ? "notes " + rnd.nextInt(5) : m.notes();
            return gesture("edit mission", m.code() + " " + status + " " + baselines, () -> budget.updateMission(
                    new Mission(m.id(), code, m.name(), m.location(), m.coordinator(), status, baselines, m.lines(),
                            notes)));
        });
        kind("add mission", 1, d -> {
            String code = chance(15) && !d.missions().isEmpty() ? pick(d.missions()).code() : "M" + rnd.nextInt(1000);
            Baselines b = chance(50) ? Baselines.none() : baselines(Baselines.none(), 50_000_000);
            return gesture("add mission", code, () -> budget.addMission(
                    new Mission(0, code, "Mission " + code, "", "", MissionStatus.OPEN, b, List.of(), "")));
        });
        kind("delete mission", 1, d -> {
            Mission m = pick(d.missions());
            return m == null ? null : gesture("delete mission", m.code(), () -> budget.deleteMission(m.id()));
        });
        kind("add line", 3, d -> {
            Mission m = pick(d.missions());
            if (m == null) {
                return null;
            }
            String name = chance(15) && !m.lines().isEmpty() ? pick(m.lines()).name() : "Line " + rnd.nextInt(1000);
            long whole = m.baselines().reference().map(Figure::usd).orElse(10_000_000L);
            Baselines b = baselines(Baselines.none(), whole);
            List<Post> posts = new ArrayList<>();
            for (int i = rnd.nextInt(3); i > 0; i--) {
                posts.add(post(0));
            }
            return gesture("add line", m.code() + " " + name + " " + b, () -> budget.addLine(m.id(),
                    new BudgetLine(0, name, pick(LineCategory.values()), b, posts)));
        });
        kind("edit line", 4, d -> {
            Mission m = pick(d.missions().stream().filter(x -> !x.lines().isEmpty()).toList());
            if (m == null) {
                return null;
            }
            BudgetLine l = pick(m.lines());
            String name = chance(10) ? pick(m.lines()).name() : chance(20) ? "Line " + rnd.nextInt(1000) : l.name();
            LineCategory category = chance(20) ? pick(LineCategory.values()) : l.category();
            long whole = m.baselines().reference().map(Figure::usd).orElse(10_000_000L);
            Baselines b = chance(70) ? baselines(l.baselines(), whole) : l.baselines();
            return gesture("edit line", m.code() + " / " + l.name() + " " + b, () -> budget.updateLine(
                    new BudgetLine(l.id(), name, category, b, l.posts())));
        });
        kind("delete line", 1, d -> {
            BudgetLine l = pick(lines(d));
            return l == null ? null : gesture("delete line", l.name(), () -> budget.deleteLine(l.id()));
        });
        kind("add post", 3, d -> {
            BudgetLine l = pick(lines(d));
            return l == null ? null : gesture("add post", l.name(), () -> budget.addPost(l.id(), post(0)));
        });
        kind("edit post", 4, d -> {
            BudgetLine l = pick(lines(d).stream().filter(x -> !x.posts().isEmpty()).toList());
            if (l == null) {
                return null;
            }
            Post p = pick(l.posts());
            int count = chance(50) ? postCount(p.count()) : p.count();
            Figure cost = chance(30) ? new Figure(usd(p.annualCost().usd()), provenance()) : p.annualCost();
            Grade grade = chance(20) ? pick(Grade.values()) : p.grade();
            return gesture("edit post", p.title() + " " + count + " at " + cost.usd(), () -> budget.updatePost(l.id(),
                    new Post(p.id(), p.title(), grade, count, p.status(), cost, p.countProvenance())));
        });
        kind("delete post", 1, d -> {
            BudgetLine l = pick(lines(d).stream().filter(x -> !x.posts().isEmpty()).toList());
            if (l == null) {
                return null;
            }
            Post p = pick(l.posts());
            return gesture("delete post", p.title(), () -> budget.deletePost(l.id(), p.id()));
        });
        kind("import csv", 1, d -> {
            if (d.missions().isEmpty()) {
                return null;
            }
            boolean lines = chance(50);
            String text = lines ? CsvSamples.lines(d) : CsvSamples.posts(d);
            return gesture("import csv", lines ? "lines" : "posts", () -> {
                CsvSheet sheet;
                try {
                    sheet = CsvSheet.parse(text.getBytes(StandardCharsets.UTF_8), "random.csv");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                CsvMapping mapping = CsvMapping.guess(sheet.header());
                new CsvBudgetImport(editor).apply(sheet, CsvShape.guess(mapping), mapping);
            });
        });
    }

    // ---- proposals and amendments ----

    private void proposalKinds() {
        kind("add proposal", 2, d -> {
            Delegation del = pick(d.delegations());
            if (del == null) {
                return null;
            }
            String title = chance(5) ? " " : "Proposal " + rnd.nextInt(1000);
            Instant at = when(d.negotiation());
            ProposalStatus status = pick(ProposalStatus.values());
            return gesture("add proposal", del.code() + " " + title + " " + at + " " + status,
                    () -> proposals.addProposal(del.id(), title, at, status, provenance()));
        });
        kind("edit proposal", 3, d -> {
            Proposal p = pick(d.proposals());
            if (p == null) {
                return null;
            }
            long delegation = chance(15) ? pick(d.delegations()).id() : p.delegationId();
            ProposalStatus status = chance(50) ? pick(ProposalStatus.values()) : p.status();
            Instant at = chance(20) ? when(d.negotiation()) : p.tabledAt();
            String title = chance(20) ? "Proposal " + rnd.nextInt(1000) : p.title();
            return gesture("edit proposal", p.title() + " " + status + " by " + delegation, () ->
                    proposals.updateProposal(new Proposal(p.id(), delegation, title, at, status, p.provenance(),
                            p.amendments())));
        });
        kind("duplicate proposal", 1, d -> {
            Proposal p = pick(d.proposals());
            return p == null ? null : gesture("duplicate proposal", p.title(),
                    () -> proposals.duplicateProposal(p.id()));
        });
        kind("delete proposal", 1, d -> {
            Proposal p = pick(d.proposals());
            return p == null ? null : gesture("delete proposal", p.title(), () -> proposals.deleteProposal(p.id()));
        });
        kind("add amendment", 6, d -> {
            Proposal p = pick(d.proposals());
            if (p == null) {
                return null;
            }
            Target t = target(d);
            AmendmentKind k = amendmentKind(t);
            long value = amendmentValue(d, t, k);
            int index = rnd.nextInt(p.amendments().size() + 2);
            return gesture("add amendment", t + " " + k + " " + value + " at " + index, () -> proposals.addAmendment(
                    p.id(), new Amendment(0, t, k, value, "", provenance()), index));
        });
        kind("edit amendment", 6, d -> {
            Amendment a = pick(amendments(d));
            if (a == null) {
                return null;
            }
            Target t = chance(30) ? target(d) : a.target();
            AmendmentKind k = t.equals(a.target()) && chance(60) ? a.kind() : amendmentKind(t);
            long value = amendmentValue(d, t, k);
            return gesture("edit amendment", a.id() + " to " + t + " " + k + " " + value, () ->
                    proposals.updateAmendment(new Amendment(a.id(), t, k, value, a.rationale(), a.provenance())));
        });
        kind("delete amendment", 2, d -> {
            Amendment a = pick(amendments(d));
            return a == null ? null : gesture("delete amendment", String.valueOf(a.id()),
                    () -> proposals.deleteAmendment(a.id()));
        });
        kind("move amendment", 3, d -> {
            Amendment a = pick(amendments(d));
            if (a == null || d.proposals().size() < 2) {
                return null;
            }
            Proposal to = pick(d.proposals());
            int index = rnd.nextInt(to.amendments().size() + 2);
            return gesture("move amendment", a.id() + " to " + to.id() + " at " + index,
                    () -> proposals.moveAmendment(a.id(), to.id(), index));
        });
        kind("reorder amendments", 3, d -> {
            Proposal p = pick(d.proposals().stream().filter(x -> x.amendments().size() > 1).toList());
            if (p == null) {
                return null;
            }
            Amendment a = pick(p.amendments());
            int index = rnd.nextInt(p.amendments().size() + 2);
            return gesture("reorder amendments", a.id() + " to gap " + index,
                    () -> proposals.moveAmendment(a.id(), p.id(), index));
        });
        kind("copy amendment", 2, d -> {
            Amendment a = pick(amendments(d));
            if (a == null) {
                return null;
            }
            Proposal to = pick(d.proposals());
            int index = rnd.nextInt(to.amendments().size() + 2);
            return gesture("copy amendment", a.id() + " to " + to.id() + " at " + index,
                    () -> proposals.copyAmendment(a.id(), to.id(), index));
        });
    }

    // ---- positions and our lines ----

    private void positionKinds() {
        kind("set stance", 5, d -> {
            Delegation del = pick(d.delegations());
            Item item = item(d);
            if (del == null || item == null) {
                return null;
            }
            Stance stance = pick(Stance.values());
            String note = chance(50) ? "" : "said " + rnd.nextInt(5);
            return gesture("set stance", del.code() + " " + item + " " + stance + " \"" + note + "\"",
                    () -> positions.setStance(del.id(), item, stance, note));
        });
        kind("set stances", 2, d -> {
            if (d.delegations().isEmpty() || item(d) == null) {
                return null;
            }
            List<Position.Key> keys = new ArrayList<>();
            for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                keys.add(new Position.Key(pick(d.delegations()).id(), item(d)));
            }
            Stance stance = pick(Stance.values());
            return gesture("set stances", keys + " " + stance, () -> positions.setStances(keys, stance));
        });
        kind("set stance on proposal", 2, d -> {
            Delegation del = pick(d.delegations());
            Proposal p = pick(d.proposals());
            if (del == null || p == null) {
                return null;
            }
            Stance stance = pick(Stance.values());
            return gesture("set stance on proposal", del.code() + " on " + p.title() + " " + stance,
                    () -> positions.setStanceOnProposal(del.id(), p.id(), stance));
        });
        kind("set our line", 2, d -> {
            Item item = item(d);
            if (item == null) {
                return null;
            }
            String line = chance(40) ? "" : "Hold " + rnd.nextInt(3);
            String fallback = chance(50) ? "" : "Half";
            return gesture("set our line", item + " \"" + line + "\" \"" + fallback + "\"",
                    () -> positions.setOurLine(item, line, fallback));
        });
    }

    // ---- compromises ----

    private void compromiseKinds() {
        kind("add compromise", 4, d -> {
            Amendment a = pick(amendments(d));
            if (a == null) {
                return null;
            }
            long value = compromiseValue(a);
            CompromiseStatus status = compromiseStatus();
            String description = chance(5) ? "first\nsecond" : "Compromise " + rnd.nextInt(100);
            Instant at = when(d.negotiation());
            return gesture("add compromise", "on " + a.id() + " " + value + " " + status + " at " + at,
                    () -> compromises.add(a.id(), description, value, "EG", at, status));
        });
        kind("edit compromise", 3, d -> {
            Compromise c = pick(d.compromises());
            if (c == null) {
                return null;
            }
            Amendment a = chance(15) ? pick(amendments(d)) : d.amendment(c.amendmentId()).orElseThrow();
            long value = chance(60) ? compromiseValue(a) : c.value();
            CompromiseStatus status = chance(40) ? compromiseStatus() : c.status();
            String description = chance(30) ? "Compromise " + rnd.nextInt(100) : c.description();
            return gesture("edit compromise", c.id() + " on " + a.id() + " " + value + " " + status,
                    () -> compromises.update(new Compromise(c.id(), a.id(), description, value, c.floatedBy(),
                            c.floatedAt(), status)));
        });
        kind("set compromise status", 6, d -> {
            Compromise c = pick(d.compromises());
            if (c == null) {
                return null;
            }
            CompromiseStatus status = compromiseStatus();
            return gesture("set compromise status", c.id() + " " + c.status() + " -> " + status,
                    () -> compromises.setStatus(c.id(), status));
        });
        kind("delete compromise", 1, d -> {
            Compromise c = pick(d.compromises());
            return c == null ? null : gesture("delete compromise", String.valueOf(c.id()),
                    () -> compromises.delete(c.id()));
        });
    }

    // ---- scenarios ----

    private void scenarioKinds() {
        kind("add scenario", 2, d -> {
            String name = chance(5) ? "" : pick(NAMES);
            long target = target();
            return gesture("add scenario", name + " " + target, () -> scenarios.create(name, target));
        });
        kind("edit scenario", 2, d -> {
            Scenario s = pick(d.scenarios());
            if (s == null) {
                return null;
            }
            String name = chance(50) ? pick(NAMES) : s.name();
            long target = chance(50) ? target() : s.targetUsd();
            return gesture("edit scenario", s.name() + " to " + name + " " + target,
                    () -> scenarios.edit(s.id(), name, target));
        });
        kind("duplicate scenario", 1, d -> {
            Scenario s = pick(d.scenarios());
            return s == null ? null : gesture("duplicate scenario", s.name(), () -> scenarios.duplicate(s.id()));
        });
        kind("delete scenario", 1, d -> {
            Scenario s = pick(d.scenarios());
            return s == null ? null : gesture("delete scenario", s.name(), () -> scenarios.delete(s.id()));
        });
        kind("add to scenario", 4, d -> {
            Scenario s = pick(d.scenarios());
            if (s == null) {
                return null;
            }
            ScenarioItem item;
            if (chance(50) && !d.compromises().isEmpty()) {
                item = ScenarioItem.compromise(pick(d.compromises()).id(), share());
            } else if (!d.proposals().isEmpty()) {
                item = ScenarioItem.proposal(pick(d.proposals()).id(), share());
            } else {
                return null;
            }
            int index = rnd.nextInt(s.items().size() + 2);
            return gesture("add to scenario", s.name() + " " + item + " at " + index,
                    () -> scenarios.addItem(s.id(), item, index));
        });
        kind("remove from scenario", 2, d -> {
            Scenario s = pick(d.scenarios().stream().filter(x -> !x.items().isEmpty()).toList());
            if (s == null) {
                return null;
            }
            ScenarioItem item = pick(s.items());
            return gesture("remove from scenario", s.name() + " " + item,
                    () -> scenarios.removeItem(s.id(), item.kind(), item.id()));
        });
        kind("set share", 3, d -> {
            Scenario s = pick(d.scenarios().stream().filter(x -> !x.items().isEmpty()).toList());
            if (s == null) {
                return null;
            }
            ScenarioItem item = pick(s.items());
            Share share = share();
            return gesture("set share", s.name() + " " + item + " to " + share,
                    () -> scenarios.setShare(s.id(), item.kind(), item.id(), share));
        });
        kind("reorder scenario", 2, d -> {
            Scenario s = pick(d.scenarios().stream().filter(x -> x.items().size() > 1).toList());
            if (s == null) {
                return null;
            }
            ScenarioItem item = pick(s.items());
            int index = rnd.nextInt(s.items().size() + 1);
            return gesture("reorder scenario", s.name() + " " + item + " to " + index,
                    () -> scenarios.moveItem(s.id(), item.kind(), item.id(), index));
        });
        kind("add the usual scenarios", 1, d -> gesture("add the usual scenarios", "",
                scenarios::addUsualScenarios));
    }

    // ---- timeline, delegations, the negotiation's details ----

    private void otherKinds() {
        kind("add event", 2, d -> {
            String title = chance(5) ? "" : "Event " + rnd.nextInt(100);
            Instant at = when(d.negotiation());
            return gesture("add event", title + " at " + at, () -> timeline.addEvent(new TimelineEvent(0, at, title,
                    pick(EventKind.values()), "", provenance(), someMissions(d), someProposals(d))));
        });
        kind("edit event", 2, d -> {
            TimelineEvent e = pick(d.events());
            if (e == null) {
                return null;
            }
            String title = chance(30) ? "Event " + rnd.nextInt(100) : e.title();
            Set<Long> missions = chance(40) ? someMissions(d) : e.missionIds();
            Set<Long> props = chance(40) ? someProposals(d) : e.proposalIds();
            EventKind kind = chance(30) ? pick(EventKind.values()) : e.kind();
            return gesture("edit event", e.title() + " " + missions + " " + props, () -> timeline.updateEvent(
                    new TimelineEvent(e.id(), e.at(), title, kind, e.description(), e.provenance(), missions, props)));
        });
        kind("reschedule event", 2, d -> {
            TimelineEvent e = pick(d.events());
            if (e == null) {
                return null;
            }
            Instant to = when(d.negotiation());
            return gesture("reschedule event", e.title() + " to " + to, () -> timeline.reschedule(e.id(), to));
        });
        kind("delete event", 1, d -> {
            TimelineEvent e = pick(d.events());
            return e == null ? null : gesture("delete event", e.title(), () -> timeline.deleteEvent(e.id()));
        });
        kind("add delegation", 1, d -> {
            String code = chance(15) && !d.delegations().isEmpty() ? pick(d.delegations()).code()
                    : "X" + rnd.nextInt(100);
            boolean group = chance(40);
            List<Long> members = group ? someDelegations(d, -1) : List.of();
            return gesture("add delegation", code + " " + members, () -> delegations.addDelegation(new Delegation(0,
                    code, "Delegation " + code, group ? DelegationKind.GROUP : DelegationKind.STATE, members, "")));
        });
        kind("edit delegation", 2, d -> {
            Delegation del = pick(d.delegations());
            if (del == null) {
                return null;
            }
            String code = chance(10) ? pick(d.delegations()).code() : del.code();
            List<Long> members = del.kind() == DelegationKind.GROUP && chance(60) ? someDelegations(d, del.id())
                    : del.memberIds();
            String notes = chance(50) ? "note " + rnd.nextInt(5) : del.notes();
            return gesture("edit delegation", del.code() + " " + code + " " + members, () ->
                    delegations.updateDelegation(new Delegation(del.id(), code, del.name(), del.kind(), members,
                            notes)));
        });
        kind("delete delegation", 1, d -> {
            // most delegations tabled proposals, which the rules refuse to delete: mostly pick one that did not
            List<Delegation> free = d.delegations().stream()
                    .filter(x -> d.proposals().stream().noneMatch(p -> p.delegationId() == x.id())).toList();
            Delegation del = chance(80) && !free.isEmpty() ? pick(free) : pick(d.delegations());
            return del == null ? null : gesture("delete delegation", del.code(),
                    () -> delegations.deleteDelegation(del.id()));
        });
        kind("edit negotiation details", 1, d -> {
            Negotiation n = d.negotiation();
            String title = chance(10) ? "" : chance(50) ? "Talks " + rnd.nextInt(10) : n.title();
            String body = chance(50) ? "Fifth Committee " + rnd.nextInt(3) : n.body();
            String marking = chance(10) ? "X".repeat(41) : chance(40) ? pick(List.of("", "SECRET", "RESTRICTED"))
                    : n.marking();
            return gesture("edit negotiation details", title + " / " + body + " / " + marking,
                    () -> negotiation.updateDetails(title, body, marking));
        });
    }

    // ---- values ----

    private boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(rnd.nextInt(list.size()));
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** Dollars around {@code whole}: zero, all of it, more than it, a part of it. */
    private long usd(long whole) {
        return switch (rnd.nextInt(8)) {
            case 0 -> 0;
            case 1 -> whole;
            case 2 -> whole + 1;
            case 3 -> whole * 2 + 1;
            default -> whole <= 0 ? rnd.nextInt(1_000_000) : rnd.nextLong(whole);
        };
    }

    /** {@code b} with one baseline set around {@code whole}, or removed. */
    private Baselines baselines(Baselines b, long whole) {
        Baseline which = pick(Baseline.values());
        if (chance(15)) {
            return b.with(which, null);
        }
        long base = b.get(which).map(Figure::usd).orElse(whole);
        return b.with(which, new Figure(usd(Math.max(base, 1)), provenance()));
    }

    private static long maxOfLines(Mission m) {
        long max = m.baselines().reference().map(Figure::usd).orElse(0L);
        for (BudgetLine l : m.lines()) {
            max = Math.max(max, l.baselines().reference().map(Figure::usd).orElse(0L));
        }
        return Math.max(max, 1_000_000);
    }

    private Provenance provenance() {
        return chance(50) ? Provenance.sourced(SOURCE) : Provenance.illustrative("");
    }

    private Post post(long id) {
        return new Post(id, "Officer " + rnd.nextInt(20), pick(Grade.values()), postCount(3), pick(PostStatus.values()),
                new Figure(usd(150_000), provenance()), provenance());
    }

    private int postCount(int around) {
        return switch (rnd.nextInt(5)) {
            case 0 -> 1;
            case 1 -> around + 1;
            case 2 -> Math.max(1, around - 1);
            default -> 1 + rnd.nextInt(10);
        };
    }

    /** A time of the talks, now and then just outside them. */
    private Instant when(Negotiation n) {
        if (chance(5)) {
            return chance(50) ? n.sessionStart().minusSeconds(60) : n.talksEnd().plusSeconds(60);
        }
        long span = Duration.between(n.sessionStart(), n.talksEnd()).toMinutes();
        return n.sessionStart().plus(Duration.ofMinutes(rnd.nextLong(span + 1)));
    }

    private static List<BudgetLine> lines(NegotiationData d) {
        return d.missions().stream().flatMap(m -> m.lines().stream()).toList();
    }

    private static List<Amendment> amendments(NegotiationData d) {
        return d.proposals().stream().flatMap(p -> p.amendments().stream()).toList();
    }

    /** The whole budget, a mission, a line or a post row of the negotiation. */
    private Target target(NegotiationData d) {
        Mission m = pick(d.missions());
        int r = rnd.nextInt(100);
        if (m == null || r < 10) {
            return Target.WHOLE_BUDGET;
        }
        if (r < 30 || m.lines().isEmpty()) {
            return Target.mission(m.id());
        }
        BudgetLine l = pick(m.lines());
        if (r < 60 || l.posts().isEmpty()) {
            return Target.line(m.id(), l.id());
        }
        return Target.post(m.id(), l.id(), pick(l.posts()).id());
    }

    /** A kind that fits the target, now and then one that does not. */
    private AmendmentKind amendmentKind(Target t) {
        return chance(5) ? pick(AmendmentKind.values()) : pick(AmendmentRules.kindsFor(t));
    }

    private long amendmentValue(NegotiationData d, Target t, AmendmentKind k) {
        return switch (k) {
            case PERCENT_CUT -> pick(new Long[] {0L, 10_000L, 5_000L, 10_001L, (long) rnd.nextInt(10_000)});
            case ABOLISH_POSTS -> d.post(t).map(p -> (long) pick(new Integer[] {0, 1, p.count(), p.count() + 1}))
                    .orElse(1L);
            case TOPLINE_CUT -> usd(100_000_000);
            default -> usd(reference(d, t));
        };
    }

    private static long reference(NegotiationData d, Target t) {
        if (t.isWholeBudget()) {
            return 100_000_000;
        }
        Baselines b = t.lineId() == null ? d.mission(t.missionId()).orElseThrow().baselines()
                : d.line(t.missionId(), t.lineId()).orElseThrow().baselines();
        return b.reference().map(Figure::usd).orElse(5_000_000L);
    }

    /** A compromise value for the amendment: none of it, part of it, all of it, or more. */
    private long compromiseValue(Amendment a) {
        return switch (rnd.nextInt(6)) {
            case 0 -> 0;
            case 1 -> a.value();
            case 2 -> a.value() + 1;
            default -> a.value() == 0 ? 0 : rnd.nextLong(a.value());
        };
    }

    /** Agreeing and taking back matter most, so half the draws agree. */
    private CompromiseStatus compromiseStatus() {
        return chance(50) ? CompromiseStatus.AGREED_AD_REF : pick(CompromiseStatus.values());
    }

    private Item item(NegotiationData d) {
        if (chance(70)) {
            Amendment a = pick(amendments(d));
            if (a != null) {
                return Item.amendment(a.id());
            }
        }
        Mission m = pick(d.missions());
        return m == null ? null : Item.mission(m.id());
    }

    private Share share() {
        return Share.ofBasisPoints(pick(new Integer[] {0, 2_500, 5_000, 10_000, rnd.nextInt(10_001)}));
    }

    private long target() {
        return pick(new Long[] {0L, 129_000_000L, -1L, (long) rnd.nextInt(500_000_000)});
    }

    private Set<Long> someMissions(NegotiationData d) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = rnd.nextInt(3); i > 0 && !d.missions().isEmpty(); i--) {
            ids.add(pick(d.missions()).id());
        }
        return ids;
    }

    private Set<Long> someProposals(NegotiationData d) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = rnd.nextInt(3); i > 0 && !d.proposals().isEmpty(); i--) {
            ids.add(pick(d.proposals()).id());
        }
        return ids;
    }

    /** A few members for a group, now and then the group itself or one twice (which the rules refuse). */
    private List<Long> someDelegations(NegotiationData d, long self) {
        List<Long> ids = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0 && !d.delegations().isEmpty(); i--) {
            long id = pick(d.delegations()).id();
            if (!ids.contains(id) || chance(10)) {
                ids.add(id);
            }
        }
        if (self > 0 && chance(5)) {
            ids.add(self);
        }
        return ids;
    }
}
