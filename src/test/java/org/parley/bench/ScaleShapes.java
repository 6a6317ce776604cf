package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.Figure;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Stance;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Negotiations of several shapes, generated from the 2018 sample and written as Parley export
 * documents (format parley-negotiation, version 2), so that they go through the same import as
 * the users' files. Every figure, text and count in them is invented and marked illustrative.
 *
 * <p>Shapes ({@code scale} is the issue's "10x", "100x"):
 * <ul>
 *   <li>{@code copies}: the sample's 16 missions copied {@code scale} times, each line copied 12
 *       times with its posts (so 1 is about the real negotiation's size), every amendment copied
 *       with its target, every event copied with its missions;</li>
 *   <li>{@code wide}: 100 x scale missions of 2 lines of 3 post rows each;</li>
 *   <li>{@code deep}: 4 missions of 100 x scale lines of 10 post rows each, one cut per line;</li>
 *   <li>{@code oneproposal}: the real size, plus one proposal of 1,000 x scale amendments;</li>
 *   <li>{@code delegations}: the real size with 6 x scale delegations (every sixth a group of the
 *       five before it), each with a position on every amendment and mission;</li>
 *   <li>{@code events}: the real size with 100 x scale events over the session;</li>
 *   <li>{@code longtexts}: the real size with notes, rationales and descriptions of 500 x scale
 *       characters and long names.</li>
 * </ul>
 * Run: {@code bin/benchmark generate SHAPE SCALE OUT.json}.
 */
public final class ScaleShapes {

    /** The shapes, by the names the command line and the benchmark use. */
    public static final List<String> SHAPES =
            List.of("copies", "wide", "deep", "oneproposal", "delegations", "events", "longtexts");

    /** Each line of the sample becomes this many lines in {@code copies}: about the real count. */
    public static final int LINE_COPIES = 12;

    static final Provenance ILLUSTRATIVE = Provenance.illustrative("generated for the scale benchmark; not real");

    private static final Instant TABLED = Instant.parse("2018-06-25T14:00:00Z");

    private long nextId = 1;

    private ScaleShapes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ScaleShapes SHAPE SCALE OUT.json   (shapes: " + String.join(", ", SHAPES) + ")");
            System.exit(2);
        }
        NegotiationData data = build(args[0], scale(args[1]));
        Path out = Path.of(args[2]);
        Files.write(out, NegotiationJsonWriter.write(data));
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes): " + counts(data));
    }

    /** A scale as typed on the command line: a whole number from 1 to 1,000. */
    static int scale(String text) {
        try {
            int scale = Integer.parseInt(text.strip().replaceFirst("[xX]$", ""));
            if (scale >= 1 && scale <= 1_000) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("a scale is a whole number from 1 to 1000 (e.g. 10 or 10x), not \""
                + text + "\"");
    }

    /** Writes a shape as a negotiation document to {@code file}; returns the file. */
    public static Path write(String shape, int scale, Path file) throws IOException {
        Files.write(file, NegotiationJsonWriter.write(build(shape, scale)));
        return file;
    }

    /** A shape in memory, checked by the model as any negotiation is. */
    public static NegotiationData build(String shape, int scale) {
        ScaleShapes g = new ScaleShapes();
        return switch (shape) {
            case "copies" -> g.copies(scale, "copies");
            case "wide" -> g.synthetic("wide", 100 * scale, 2, 3);
            case "deep" -> g.synthetic("deep", 4, 100 * scale, 10);
            case "oneproposal" -> g.oneProposal(scale);
            case "delegations" -> g.delegations(scale);
            case "events" -> g.events(scale);
            case "longtexts" -> g.longTexts(scale);
            default -> throw new IllegalArgumentException("unknown shape \"" + shape + "\"; the shapes are "
                    + String.join(", ", SHAPES));
        };
    }

    private long id() {
        return nextId++;
    }

    // ---- copies: the sample, k times ----

    private NegotiationData copies(int k, String shape) {
        NegotiationData sample = sample();
        Map<Long, Long> delegationIds = new HashMap<>();
        sample.delegations().forEach(d -> delegationIds.put(d.id(), id()));
        List<Delegation> delegations = sample.delegations().stream().map(d -> new Delegation(delegationIds.get(d.id()),
                d.code(), d.name(), d.kind(), d.memberIds().stream().map(delegationIds::get).toList(), d.notes()))
                .toList();
        // copy c of a mission, and copy (c, r) of its lines and posts
        Map<String, Long> copyIds = new HashMap<>();
        List<Mission> missions = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            for (Mission m : sample.missions()) {
                long missionId = id();
                copyIds.put(key(c, m.id()), missionId);
                List<BudgetLine> lines = new ArrayList<>();
                for (BudgetLine l : m.lines()) {
                    for (int r = 0; r < LINE_COPIES; r++) {
                        List<Post> posts = new ArrayList<>();
                        for (Post p : l.posts()) {
                            long postId = id();
                            copyIds.put(key("p", c, p.id(), r), postId);
                            posts.add(new Post(postId, p.title(), p.grade(), p.count(), p.status(),
                                    illustrative(p.annualCost()), ILLUSTRATIVE));
                        }
                        long lineId = id();
                        copyIds.put(key("l", c, l.id(), r), lineId);
                        lines.add(new BudgetLine(lineId, r == 0 ? l.name() : l.name() + " " + (r + 1), l.category(),
                                illustrative(l.baselines()), posts));
                    }
                }
                missions.add(new Mission(missionId, c == 0 ? m.code() : m.code() + "-" + (c + 1),
                        c == 0 ? m.name() : m.name() + " (copy " + (c + 1) + ")", m.location(), m.coordinator(),
                        m.status(), illustrative(m.baselines()), lines, m.notes()));
            }
        }
        Map<String, Long> proposalIds = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal p : sample.proposals()) {
            long proposalId = id();
            proposalIds.put(key(0, p.id()), proposalId);
            List<Amendment> amendments = new ArrayList<>();
            for (Amendment a : p.amendments()) {
                for (Target t : copiesOf(a.target(), k, copyIds)) {
                    amendments.add(new Amendment(id(), t, a.kind(), a.value(), a.rationale(), ILLUSTRATIVE));
                }
            }
            proposals.add(new Proposal(proposalId, delegationIds.get(p.delegationId()), p.title(), p.tabledAt(),
                    p.status(), ILLUSTRATIVE, amendments));
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (TimelineEvent e : sample.events()) {
            int times = e.missionIds().isEmpty() ? 1 : k; // an event of missions happens for each copy of them
            for (int c = 0; c < times; c++) {
                int copy = c;
                Set<Long> ms = e.missionIds().stream().map(m -> copyIds.get(key(copy, m)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                Set<Long> ps = e.proposalIds().stream().map(p -> proposalIds.get(key(0, p)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                events.add(new TimelineEvent(id(), e.at().plus(Duration.ofMinutes(c)),
                        c == 0 ? e.title() : e.title() + " (copy " + (c + 1) + ")", e.kind(), e.description(),
                        ILLUSTRATIVE, ms, ps));
            }
        }
        return new NegotiationData(negotiation(sample.negotiation(), shape, k), delegations, missions, proposals,
                events);
    }

    /** The copies of an amendment's target: whole budget once, a mission once a copy, a line or post 12 times a copy. */
    private static List<Target> copiesOf(Target t, int k, Map<String, Long> copyIds) {
        if (t.isWholeBudget()) {
            return List.of(t);
        }
        List<Target> all = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            long mission = copyIds.get(key(c, t.missionId()));
            if (t.lineId() == null) {
                all.add(Target.mission(mission));
                continue;
            }
            for (int r = 0; r < LINE_COPIES; r++) {
                long line = copyIds.get(key("l", c, t.lineId(), r));
                all.add(t.postId() == null ? Target.line(mission, line)
                        : Target.post(mission, line, copyIds.get(key("p", c, t.postId(), r))));
            }
        }
        return all;
    }

    private static String key(int copy, long id) {
        return copy + ":" + id;
    }

    /** Lines and posts of the sample may share ids with each other: the kind is part of the key. */
    private static String key(String kind, int copy, long id, int r) {
        return kind + copy + ":" + id + ":" + r;
    }

    // ---- synthetic budgets: wide and deep ----

    private NegotiationData synthetic(String shape, int missionCount, int linesPerMission, int postRowsPerLine) {
        NegotiationData sample = sample();
        List<Delegation> delegations = states(12);
        List<List<Amendment>> byDelegation = new ArrayList<>();
        delegations.forEach(d -> byDelegation.add(new ArrayList<>()));
        List<Mission> missions = new ArrayList<>();
        List<BudgetLine> templates = sample.missions().stream().flatMap(m -> m.lines().stream()).toList();
        for (int m = 0; m < missionCount; m++) {
            long missionId = id();
            List<BudgetLine> lines = new ArrayList<>();
            long total = 0;
            for (int l = 0; l < linesPerMission; l++) {
                BudgetLine template = templates.get((m + l) % templates.size());
                List<Post> posts = new ArrayList<>();
                for (int p = 0; p < postRowsPerLine; p++) {
                    Post like = template.posts().isEmpty() ? null : template.posts().get(p % template.posts().size());
                    posts.add(like == null ? null : new Post(id(), like.title(), like.grade(), 1 + (m + l + p) % 9,
                            like.status(), illustrative(like.annualCost()), ILLUSTRATIVE));
                }
                posts.removeIf(java.util.Objects::isNull);
                long usd = 2_000_000L + 100_000L * (l % 40);
                total += usd;
                long lineId = id();
                lines.add(new BudgetLine(lineId, template.name() + " " + (l + 1), template.category(),
                        baselines(usd), posts));
                byDelegation.get((m + l) % delegations.size()).add(new Amendment(id(), Target.line(missionId, lineId),
                        AmendmentKind.PERCENT_CUT, 500 + 500L * (l % 10), "", ILLUSTRATIVE));
            }
            missions.add(new Mission(missionId, String.format(Locale.ROOT, "M%05d", m), "Generated mission " + (m + 1),
                    "", "", sample.missions().get(0).status(), baselines(total * 3), lines, ""));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int d = 0; d < delegations.size(); d++) {
            if (!byDelegation.get(d).isEmpty()) {
                proposals.add(new Proposal(id(), delegations.get(d).id(), "Cuts of " + delegations.get(d).name(),
                        TABLED, ProposalStatus.OPENING_BID, ILLUSTRATIVE, byDelegation.get(d)));
            }
        }
        List<TimelineEvent> events = spreadEvents(sample.negotiation(), 40, missions, proposals);
        return new NegotiationData(negotiation(sample.negotiation(), shape, 0), delegations, missions, proposals,
                events);
    }

    private List<Delegation> states(int n) {
        List<Delegation> all = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            all.add(new Delegation(id(), String.format(Locale.ROOT, "S%03d", d + 1), "Delegation " + (d + 1),
                    DelegationKind.STATE, List.of(), ""));
        }
        return all;
    }

    // ---- shapes on the real size ----

    private NegotiationData oneProposal(int scale) {
        NegotiationData base = copies(1, "oneproposal");
        List<Amendment> amendments = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (Mission m : base.missions()) {
            for (BudgetLine l : m.lines()) {
                targets.add(Target.line(m.id(), l.id()));
                l.posts().forEach(p -> targets.add(Target.post(m.id(), l.id(), p.id())));
            }
        }
        for (int i = 0; i < 1_000 * scale; i++) {
            Target t = targets.get(i % targets.size());
            amendments.add(t.postId() == null
                    ? new Amendment(id(), t, AmendmentKind.PERCENT_CUT, 100 + 100L * (i % 50), "", ILLUSTRATIVE)
                    : new Amendment(id(), t, AmendmentKind.ABOLISH_POSTS, 1, "", ILLUSTRATIVE));
        }
        List<Proposal> proposals = new ArrayList<>(base.proposals());
        proposals.add(new Proposal(id(), base.delegations().get(0).id(), "Every cut at once (generated)", TABLED,
                ProposalStatus.OPENING_BID, ILLUSTRATIVE, amendments));
        return base.withProposals(proposals);
    }

    private NegotiationData delegations(int scale) {
        NegotiationData base = copies(1, "delegations");
        List<Delegation> all = new ArrayList<>(base.delegations());
        List<Long> lastStates = new ArrayList<>();
        for (int d = all.size(); d < 6 * scale; d++) {
            if (lastStates.size() == 5) {
                all.add(new Delegation(id(), String.format(Locale.ROOT, "G%03d", d + 1), "Group " + (d + 1),
                        DelegationKind.GROUP, List.copyOf(lastStates), ""));
                lastStates.clear();
            } else {
                Delegation state = new Delegation(id(), String.format(Locale.ROOT, "S%03d", d + 1),
                        "Delegation " + (d + 1), DelegationKind.STATE, List.of(), "");
                all.add(state);
                lastStates.add(state.id());
            }
        }
        Stance[] stances = {Stance.SUPPORTS, Stance.FLEXIBLE, Stance.OPPOSES, Stance.RED_LINE};
        List<Position> positions = new ArrayList<>();
        for (int d = 0; d < all.size(); d++) {
            long delegation = all.get(d).id();
            int i = d;
            for (Proposal p : base.proposals()) {
                for (Amendment a : p.amendments()) {
                    positions.add(new Position(delegation, Item.amendment(a.id()), stances[i++ % stances.length], ""));
                }
            }
            for (Mission m : base.missions()) {
                positions.add(new Position(delegation, Item.mission(m.id()), stances[i++ % stances.length], ""));
            }
        }
        return new NegotiationData(base.negotiation(), all, base.missions(), base.proposals(), base.events(),
                positions, List.of(), List.of(), List.of());
    }

    private NegotiationData events(int scale) {
        NegotiationData base = copies(1, "events");
        List<TimelineEvent> events = new ArrayList<>(base.events());
        events.addAll(spreadEvents(base.negotiation(), 100 * scale, base.missions(), base.proposals()));
        return base.withEvents(events);
    }

    /** {@code n} events spread evenly from the session's start to the deadline, each on a mission and a proposal. */
    private List<TimelineEvent> spreadEvents(Negotiation n, int count, List<Mission> missions, List<Proposal> proposals) {
        EventKind[] kinds = {EventKind.INFORMAL_CONSULTATIONS, EventKind.BILATERAL, EventKind.DOCUMENT_ISSUED};
        long span = Duration.between(n.sessionStart(), n.deadline()).toMinutes();
        List<TimelineEvent> events = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            Instant at = n.sessionStart().plus(Duration.ofMinutes(span * e / count));
            Set<Long> ms = missions.isEmpty() ? Set.of() : Set.of(missions.get(e % missions.size()).id());
            Set<Long> ps = proposals.isEmpty() ? Set.of() : Set.of(proposals.get(e % proposals.size()).id());
            events.add(new TimelineEvent(id(), at, "Generated event " + (e + 1), kinds[e % kinds.length], "",
                    ILLUSTRATIVE, ms, ps));
        }
        return events;
    }

    private NegotiationData longTexts(int scale) {
        NegotiationData base = copies(1, "longtexts");
        int length = 500 * scale;
        List<Mission> missions = base.missions().stream().map(m -> new Mission(m.id(), m.code(),
                m.name() + " — " + words(m.code(), 120), m.location(), m.coordinator(), m.status(), m.baselines(),
                m.lines(), words(m.code(), length))).toList();
        List<Proposal> proposals = base.proposals().stream().map(p -> new Proposal(p.id(), p.delegationId(),
                p.title() + " — " + words(p.title(), 120), p.tabledAt(), p.status(), p.provenance(),
                p.amendments().stream().map(a -> new Amendment(a.id(), a.target(), a.kind(), a.value(),
                        words("rationale " + a.id(), length), a.provenance())).toList())).toList();
        List<TimelineEvent> events = base.events().stream().map(e -> new TimelineEvent(e.id(), e.at(), e.title(),
                e.kind(), words(e.title(), length), e.provenance(), e.missionIds(), e.proposalIds())).toList();
        List<Delegation> delegations = base.delegations().stream().map(d -> new Delegation(d.id(), d.code(),
                d.name(), d.kind(), d.memberIds(), words(d.name(), length))).toList();
        return new NegotiationData(base.negotiation(), delegations, missions, proposals, events);
    }

    /** About {@code length} characters of words, starting with {@code seed}, wrapping nowhere: one long paragraph. */
    static String words(String seed, int length) {
        String[] vocabulary = {"illustrative", "budget", "posts", "the", "mission", "Committee", "élan", "Łódź",
                "consultations", "of", "and", "renewal", "mandate", "support", "human", "rights", "ad", "ref"};
        StringBuilder b = new StringBuilder(seed);
        for (int i = 0; b.length() < length; i++) {
            b.append(' ').append(vocabulary[(i * 7 + seed.length()) % vocabulary.length]);
        }
        return b.toString();
    }

    // ---- parts ----

    private static NegotiationData sample() {
        try {
            return NegotiationJson.readSample();
        } catch (org.parley.io.ImportException e) {
            throw new IllegalStateException("the sample cannot be read: " + e.getMessage(), e);
        }
    }

    private static Negotiation negotiation(Negotiation sample, String shape, int k) {
        String size = k > 0 ? " " + k + "x" : "";
        return new Negotiation(0, "Generated: " + shape + size + " (illustrative)",
                "Generated by the scale benchmark from the 2018 sample; every figure is invented",
                sample.sessionStart(), sample.deadline(), sample.zone(), sample.deskDate(), sample.currency());
    }

    private static Figure illustrative(Figure f) {
        return new Figure(f.usd(), ILLUSTRATIVE);
    }

    private static Baselines illustrative(Baselines b) {
        Baselines all = Baselines.none();
        for (Baseline baseline : Baseline.values()) {
            Baselines before = all;
            all = b.get(baseline).map(f -> before.with(baseline, illustrative(f))).orElse(all);
        }
        return all;
    }

    private static Baselines baselines(long usd) {
        return Baselines.none().with(Baseline.ACABQ_RECOMMENDED, new Figure(usd, ILLUSTRATIVE))
                .with(Baseline.SG_PROPOSED, new Figure(usd + usd / 50, ILLUSTRATIVE));
    }

    /** What a negotiation holds, in one line: missions, lines, post rows, amendments, events, delegations, positions. */
    public static String counts(NegotiationData d) {
        return String.format(Locale.ROOT, "%,d missions, %,d lines, %,d post rows, %,d amendments, %,d events, "
                        + "%,d delegations, %,d positions", d.missions().size(),
                d.missions().stream().mapToInt(m -> m.lines().size()).sum(),
                d.missions().stream().flatMap(m -> m.lines().stream()).mapToInt(l -> l.posts().size()).sum(),
                d.proposals().stream().mapToInt(p -> p.amendments().size()).sum(), d.events().size(),
                d.delegations().size(), d.positions().size());
    }
}
