package org.parley.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parley.model.ChangeRecord;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.print.BriefContext;
import org.parley.print.DailyBrief;
import org.parley.print.DelegationBrief;
import org.parley.print.MissionBrief;
import org.parley.print.ScenarioSheet;
import org.parley.print.Sheet;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * Builds the briefing sheets of the negotiation on a desk: names are resolved here (with a
 * message naming what exists when one is unknown), the change log is read here, and the sheets
 * themselves are laid out of the domain by the builders in {@code print}.
 */
public final class Briefings {

    /** How far back the daily brief looks when no time is given. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofHours(24);

    private final NegotiationData data;
    private final Instant now;
    private final ChangeSource changes;
    private final BriefContext context;

    /** Where the change history comes from (the workspace, or a list in a test). */
    @FunctionalInterface
    public interface ChangeSource {
        List<ChangeRecord> since(Instant since) throws StoreException;
    }

    /**
     * @param now the desk's "now" (a replay's pinned date): the countdown, "as of" and the events ahead
     * @param changes the change history, by the desk's time of each change (decision 0029)
     */
    public Briefings(NegotiationData data, Instant now, ChangeSource changes) {
        this.data = Objects.requireNonNull(data, "data");
        this.now = Objects.requireNonNull(now, "now");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.context = new BriefContext(data, now, data.negotiation().marking());
    }

    /**
     * The negotiation on {@code desk} as it stands, at its pinned desk date when it replays a past
     * negotiation (exactly that date: a sheet from the command line is reproducible), else now.
     */
    public static Briefings of(Desk desk) {
        Instant now = desk.data().negotiation().pinnedDeskDate().orElseGet(Instant::now);
        return of(desk, now);
    }

    /** The same at a given "now", e.g. the desk window's clock, so a sheet agrees with the countdown on screen. */
    public static Briefings of(Desk desk, Instant now) {
        Workspace ws = desk.workspace();
        long negotiationId = desk.editor().negotiationId();
        return new Briefings(desk.data(), now, since -> ws.changesSince(negotiationId, since));
    }

    public Instant now() {
        return now;
    }

    public ZoneId zone() {
        return data.negotiation().zone();
    }

    public NegotiationData data() {
        return data;
    }

    public Sheet mission(long missionId) {
        Mission m = data.mission(missionId).orElseThrow(() -> new IllegalArgumentException("no mission " + missionId));
        return MissionBrief.build(context, m);
    }

    public Sheet missionByCode(String code) throws BriefException {
        Optional<Mission> m = data.missions().stream()
                .filter(x -> x.code().equalsIgnoreCase(code.trim())).findFirst();
        if (m.isEmpty()) {
            throw new BriefException("There is no mission \"" + code + "\" in " + data.negotiation().title()
                    + ". Missions: " + data.missions().stream().map(Mission::code).collect(Collectors.joining(", ")) + ".");
        }
        return MissionBrief.build(context, m.get());
    }

    public Sheet delegation(long delegationId) {
        Delegation d = data.delegation(delegationId)
                .orElseThrow(() -> new IllegalArgumentException("no delegation " + delegationId));
        return DelegationBrief.build(context, d);
    }

    /** By code ("RU") or name ("Russian Federation"), ignoring case. */
    public Sheet delegationByName(String codeOrName) throws BriefException {
        String wanted = codeOrName.trim().toLowerCase(Locale.ROOT);
        Optional<Delegation> d = data.delegations().stream()
                .filter(x -> x.code().toLowerCase(Locale.ROOT).equals(wanted)
                        || x.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
        if (d.isEmpty()) {
            throw new BriefException("There is no delegation or group \"" + codeOrName + "\" in "
                    + data.negotiation().title() + ". Delegations: " + data.delegations().stream()
                    .map(x -> x.code() + " (" + x.name() + ")").collect(Collectors.joining(", ")) + ".");
        }
        return DelegationBrief.build(context, d.get());
    }

    /**
     * The daily brief: what changed since {@code since}, or in the 24 hours before the desk's
     * "now" when null. In a replay the window follows the desk clock, and the history is read by
     * the desk's time of each change (decision 0029).
     */
    public Sheet daily(Instant since) throws BriefException {
        Instant from = since == null ? now.minus(DEFAULT_LOOKBACK) : since;
        List<ChangeRecord> changed;
        try {
            changed = changes.since(from);
        } catch (StoreException e) {
            throw new BriefException("Could not read the change history: " + e.getMessage(), e);
        }
        return DailyBrief.build(context, from, changed);
    }

    public Sheet scenario(long scenarioId) {
        Scenario s = data.scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException("no scenario " + scenarioId));
        return ScenarioSheet.build(context, s);
    }

    public Sheet scenarioByName(String name) throws BriefException {
        Optional<Scenario> s = data.scenarios().stream()
                .filter(x -> x.name().equalsIgnoreCase(name.trim())).findFirst();
        if (s.isEmpty()) {
            String known = data.scenarios().isEmpty() ? "there are none yet"
                    : "scenarios: " + data.scenarios().stream().map(x -> "\"" + x.name() + "\"")
                    .collect(Collectors.joining(", "));
            throw new BriefException("There is no scenario \"" + name + "\" in " + data.negotiation().title()
                    + "; " + known + ".");
        }
        return ScenarioSheet.build(context, s.get());
    }

    /**
     * One mission brief per mission, then the daily brief, each with a file name of its own. The
     * mission briefs are made when written (from the negotiation as read now, not the workspace);
     * the daily brief, which reads the workspace's record of changes, is made here.
     */
    public List<NamedSheet> all() throws BriefException {
        List<NamedSheet> out = new ArrayList<>();
        for (Mission m : data.missions()) {
            out.add(new NamedSheet("mission-" + fileSafe(m.code()), () -> MissionBrief.build(context, m)));
        }
        out.add(new NamedSheet("daily-brief", daily(null)));
        return out;
    }

    /** A code as a file name: letters, digits, '-' and '_' kept, anything else becomes '_'. */
    static String fileSafe(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }
}
