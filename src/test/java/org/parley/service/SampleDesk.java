package org.parley.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.TimelineEvent;
import org.parley.store.Workspace;

/**
 * The real sample in a workspace file with an editor on it, and lookups by the names people use.
 * Service tests use it as it is; view-model tests use it, or {@code ui.common.SampleEditing} on
 * top of it, instead of opening a workspace of their own.
 */
public class SampleDesk implements AutoCloseable {

    /** The editor's time unless a test gives its own clock: 26 June 2018 14:00 UTC, inside the sample's negotiation. */
    public static final Instant NOW = Instant.parse("2018-06-26T14:00:00Z");

    public final Path file;
    public final Workspace workspace;
    public final Editor editor;
    private final Clock clock;

    /** The sample in a new workspace file in the folder, edited at {@link #NOW}. */
    public SampleDesk(Path dir) throws Exception {
        this(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The sample in a new workspace file in the folder, edited on the given clock. */
    public SampleDesk(Path dir, Clock clock) throws Exception {
        this.clock = clock;
        file = dir.resolve("edit.parley");
        workspace = Workspace.open(file);
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id), clock);
    }

    /** Every table of the workspace file, row by row, to compare before and after a gesture. */
    public Map<String, List<String>> dump() throws Exception {
        return DatabaseDump.of(file);
    }

    /** The negotiation as stored, checked to be what the editor holds. */
    public NegotiationData reload() throws Exception {
        NegotiationData loaded = workspace.loadNegotiation(editor.negotiationId());
        NegotiationData shown = editor.data();
        // Positions and our lines have no order of their own; the rest is compared as lists.
        boolean same = loaded.missions().equals(shown.missions()) && loaded.delegations().equals(shown.delegations())
                && loaded.proposals().equals(shown.proposals()) && loaded.events().equals(shown.events())
                && loaded.compromises().equals(shown.compromises()) && loaded.scenarios().equals(shown.scenarios())
                && new HashSet<>(loaded.positions()).equals(new HashSet<>(shown.positions()))
                && new HashSet<>(loaded.ourLines()).equals(new HashSet<>(shown.ourLines()));
        if (!same) {
            throw new AssertionError("the workspace holds something else than the editor shows");
        }
        return loaded;
    }

    public Mission mission(String code) {
        return editor.data().missionByCode(code).orElseThrow();
    }

    public BudgetLine line(String missionCode, String lineName) {
        return mission(missionCode).lines().stream().filter(l -> l.name().equals(lineName)).findFirst().orElseThrow();
    }

    public Delegation delegation(String code) {
        return editor.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    public Proposal proposal(String delegationCode) {
        long d = delegation(delegationCode).id();
        return editor.data().proposals().stream().filter(p -> p.delegationId() == d).findFirst().orElseThrow();
    }

    /** The first amendment of a delegation's proposal whose description starts so, e.g. "MONUSCO / Human rights". */
    public Amendment amendment(String delegationCode, String describedAs) {
        return proposal(delegationCode).amendments().stream()
                .filter(a -> editor.data().describe(Item.amendment(a.id())).startsWith(describedAs))
                .findFirst().orElseThrow(() -> new AssertionError("no amendment " + describedAs));
    }

    public TimelineEvent event(String title) {
        return editor.data().events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    /** The last line of the change history (read on the desk's clock: the sample replays 2018). */
    public String lastChange() throws Exception {
        var changes = editor.changesSince(editor.deskClock().now().minusSeconds(1));
        return changes.get(changes.size() - 1).description();
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }
}
