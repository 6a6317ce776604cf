package org.parley.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parley.io.ImportException;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * An open workspace with the negotiation on the desk. Closing it closes the workspace file.
 */
public final class Desk implements AutoCloseable {

    private final Workspace workspace;
    private final Editor editor;
    private final boolean seededNow;
    private final String notice;

    Desk(Workspace workspace, NegotiationData data, boolean seededNow, String notice) {
        this.workspace = workspace;
        // The change history records when a change was made on this machine; a change made in a
        // replay keeps the desk's time beside it, from the desk window's clock (decision 0029).
        this.editor = new Editor(workspace, data, Clock.systemUTC());
        this.seededNow = seededNow;
        this.notice = notice;
    }

    Workspace workspace() {
        return workspace;
    }

    /** True when opened read-only (another Parley is writing it): every gesture is refused. */
    public boolean readOnly() {
        return workspace.readOnly();
    }

    /** Something the user should know about this open that did not stop it, e.g. a failed daily backup. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public Path file() {
        return workspace.file();
    }

    /** The negotiation on the desk, with everything in it, as the last gesture left it. */
    public NegotiationData data() {
        return editor.data();
    }

    /** Where every change to the negotiation on the desk goes through. */
    public Editor editor() {
        return editor;
    }

    /** True when this open created the workspace and filled it with the sample. */
    public boolean seededNow() {
        return seededNow;
    }

    /** Every negotiation in the workspace (titles and deadlines only). */
    public List<Negotiation> negotiations() throws StoreException {
        return workspace.negotiations().list();
    }

    /** Writes the negotiation on the desk to {@code out} (JSON, version 2). */
    public void exportNegotiation(Path out) throws ExchangeException {
        Exchange.exportNegotiation(workspace, editor.negotiationId(), out);
    }

    /** Writes every negotiation of the workspace to {@code out}. */
    public void exportWorkspace(Path out) throws ExchangeException {
        Exchange.exportWorkspace(workspace, out);
    }

    /**
     * Imports a file into this workspace, as new negotiations or in place of the one on the desk;
     * the desk itself still shows what it showed, so the caller reopens it on the returned id.
     *
     * @return the id of the negotiation to show: the replacement, or the first one added
     */
    public long importFile(Path file, boolean replaceThis) throws ImportException, ExchangeException {
        if (replaceThis) {
            return Exchange.importReplacing(workspace, editor.negotiationId(), file);
        }
        return Exchange.importAsNew(workspace, file).get(0);
    }

    /**
     * The view as the user left it in this workspace (decision 0015), as text keys and values;
     * the desk reads each as a hint. Not part of the talks.
     */
    public java.util.Map<String, String> viewState() throws DeskException {
        try {
            return workspace.viewState();
        } catch (StoreException e) {
            throw new DeskException(workspace.file(), e.getMessage(), e);
        }
    }

    /**
     * Remembers these keys of the view as left; not a gesture (no undo, no change history). A
     * read-only desk never calls it.
     */
    public void saveViewState(java.util.Map<String, String> values) throws DeskException {
        try {
            workspace.saveViewState(values);
        } catch (StoreException e) {
            throw new DeskException(workspace.file(), e.getMessage(), e);
        }
    }

    /**
     * Takes the workspace's locks afresh, after code this process does not control (a native file
     * dialog) may have opened and closed the workspace file; see {@code Workspace.reassertLocks}.
     *
     * @throws DeskException when another Parley took the workspace meanwhile, or it cannot be reopened
     */
    public void reassertLocks() throws DeskException {
        try {
            workspace.reassertLocks();
        } catch (StoreException e) {
            throw new DeskException(workspace.file(), e.getMessage(), e);
        }
    }

    /**
     * Closes the workspace file. Every change was committed when it was made, so a failure here
     * loses nothing; it is reported so the user knows the file may still be locked.
     */
    @Override
    public void close() throws DeskException {
        try {
            workspace.close();
        } catch (StoreException e) {
            throw new DeskException(workspace.file(), e.getMessage(), e);
        }
    }
}
