package org.parley.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.model.ChangeRecord;
import org.parley.model.DeskClock;
import org.parley.model.NegotiationData;
import org.parley.store.NewIds;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * Edits one open negotiation. {@link #apply} is the only way in: it checks a gesture against the
 * model, writes it and its history entry in one transaction, and only then makes it the current
 * state and pushes it on the undo stack. So what the screen shows is on disk, and every change
 * on disk can be undone.
 *
 * <p>Use from one thread (the JavaFX thread): a gesture's transaction takes a few milliseconds.
 */
public final class Editor {

    /** What one applied gesture did, for the views to refresh what it touched. */
    public record Applied(NegotiationData data, ChangeSet changes, Set<Long> missionIds, Kind kind) {
        /** Whether the gesture was done, undone or redone. */
        public enum Kind {
            DONE, UNDONE, REDONE
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private DeskClock deskClock;
    private final History history = new History();
    private final List<Consumer<Applied>> listeners = new ArrayList<>();
    private NegotiationData data;
    private Consumer<Throwable> failureSink = Editor::log;
    private boolean closed;

    public Editor(Workspace workspace, NegotiationData data, Clock clock) {
        this.workspace = workspace;
        this.data = data;
        this.clock = clock;
        this.deskClock = DeskClock.forNegotiation(data.negotiation(), clock);
    }

    /**
     * The desk's clock, which dates a change made in a replay beside its real time (decision 0029):
     * the desk window's, once it has said so, else a replay from the pinned date when the editor opened.
     */
    public DeskClock deskClock() {
        return deskClock;
    }

    /** The desk window's clock: the history then dates a replay's changes by the time the window shows. */
    public void useDeskClock(DeskClock clock) {
        this.deskClock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** The negotiation as it stands, every applied gesture included. */
    public NegotiationData data() {
        return data;
    }

    public long negotiationId() {
        return data.negotiation().id();
    }

    /** The time on the clock the change history is dated by: what a gesture records as "when". */
    public Instant now() {
        return clock.instant();
    }

    /** Ids for the parts one gesture creates; ask for a new one per gesture. */
    public NewIds newIds() {
        return workspace.newIds();
    }

    /** A builder for a gesture on the current state. */
    public EditBuilder edit() {
        return new EditBuilder(data);
    }

    /** True when every gesture is refused, because the workspace is open read-only. */
    public boolean readOnly() {
        return workspace.readOnly();
    }

    /**
     * Tells {@code listener} of every gesture after it is committed and current.
     *
     * @return what removes it again; the desk session runs it when it closes
     */
    public Runnable addListener(Consumer<Applied> listener) {
        Consumer<Applied> own = listener::accept; // its own identity, so two adds of one lambda stay two
        listeners.add(own);
        return () -> listeners.remove(own);
    }

    /**
     * Ends this editor's part in a desk session: every listener is removed, and a gesture, undo
     * or redo that still arrives (a key pressed while the next desk opens) is refused with an
     * {@link IllegalStateException}, never written.
     */
    public void close() {
        closed = true;
        listeners.clear();
    }

    /** True once {@link #close} ran: nothing reaches the workspace through this editor any more. */
    public boolean closed() {
        return closed;
    }

    /** How many listeners are told of gestures; the desk session's close brings it to zero. */
    public int listenerCount() {
        return listeners.size();
    }

    /**
     * Where a listener's failure goes: the gesture was committed by then, so a failing listener is
     * a bug to report, never a refusal of the gesture. The desk session shows it as a notice.
     */
    public void onListenerFailure(Consumer<Throwable> sink) {
        failureSink = sink;
    }

    /**
     * Applies one gesture: checked, written with its history entry in one transaction, made
     * current, pushed on the undo stack.
     *
     * @throws org.parley.model.Refused when the model refuses the result; nothing is written
     * @throws EditException when the workspace could not save it; nothing is written
     */
    public NegotiationData apply(ChangeSet set) throws EditException {
        run(set, set.description(), Applied.Kind.DONE, () -> history.done(set));
        return data;
    }

    public boolean canUndo() {
        return history.nextUndo().isPresent();
    }

    public boolean canRedo() {
        return history.nextRedo().isPresent();
    }

    /** "Move amendment", for "Undo move amendment"; empty when there is nothing to undo. */
    public Optional<String> undoLabel() {
        return history.nextUndo().map(ChangeSet::label);
    }

    public Optional<String> redoLabel() {
        return history.nextRedo().map(ChangeSet::label);
    }

    public void undo() throws EditException {
        ChangeSet set = history.nextUndo().orElseThrow(() -> new IllegalStateException("nothing to undo"));
        run(set.inverted(), "Undo: " + set.description(), Applied.Kind.UNDONE, history::undone);
    }

    public void redo() throws EditException {
        ChangeSet set = history.nextRedo().orElseThrow(() -> new IllegalStateException("nothing to redo"));
        run(set, "Redo: " + set.description(), Applied.Kind.REDONE, history::redone);
    }

    /**
     * Copies the workspace into its backups folder before something large goes over it (an
     * import); a gesture that needs this refuses to go on without it.
     *
     * @param reason lower-case words with dashes, e.g. "before-import"
     */
    public void backup(String reason) throws EditException {
        try {
            workspace.backup(reason);
        } catch (StoreException e) {
            throw new EditException("No backup could be made before the " + reason.replace("before-", "")
                    + ", so nothing was changed: " + e.getMessage(), e);
        }
    }

    /** The changes committed to this negotiation at or after {@code since}, oldest first. */
    public List<ChangeRecord> changesSince(Instant since) throws EditException {
        try {
            return workspace.changesSince(negotiationId(), since);
        } catch (StoreException e) {
            throw new EditException(e.getMessage(), e);
        }
    }

    /** Applies and writes a set; on success records it in the history, then tells the listeners. */
    private void run(ChangeSet set, String logText, Applied.Kind kind, Runnable record) throws EditException {
        if (closed) {
            throw new IllegalStateException("\"" + set.label() + "\" arrived after its desk closed; nothing was written");
        }
        if (workspace.readOnly()) {
            throw new EditException("\"" + set.label() + "\" was refused: this workspace is open read-only because "
                    + "another Parley is changing it. Close it there and open it again here to make changes.", null);
        }
        Draft draft = new Draft(data);
        for (Change<?> c : set.changes()) {
            c.applyTo(draft);
        }
        NegotiationData result = draft.build();
        Set<Long> missions = new HashSet<>();
        for (Change<?> c : set.changes()) {
            missions.addAll(c.missions(data, result));
        }
        try {
            Instant at = clock.instant();
            Instant deskAt = deskClock.isReplay() ? deskClock.now() : null;
            workspace.write(negotiationId(), at, deskAt, logText, w -> {
                for (Change<?> c : set.changes()) {
                    c.write(w, result);
                }
            });
        } catch (StoreException e) {
            throw new EditException("Could not save \"" + set.label().toLowerCase() + "\": " + e.getMessage(), e);
        }
        data = result;
        record.run();
        Applied applied = new Applied(result, set, Set.copyOf(missions), kind);
        for (Consumer<Applied> l : List.copyOf(listeners)) {
            // each listener on its own: the gesture is committed, so whatever a listener throws
            // is a bug in it, and must neither look like a refusal nor keep the next ones from running
            try {
                l.accept(applied);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                try {
                    failureSink.accept(e);
                } catch (RuntimeException sinkFailure) {
                    e.addSuppressed(sinkFailure);
                    log(e);
                }
            }
        }
    }

    private static void log(Throwable e) {
        System.getLogger(Editor.class.getName()).log(System.Logger.Level.ERROR,
                "a view failed after a committed gesture", e);
    }
}
