package org.parley.service;

import java.nio.file.Path;
import java.util.List;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * An open workspace with the negotiation on the desk. Closing it closes the workspace file.
 */
public final class Desk implements AutoCloseable {

    private final Workspace workspace;
    private final NegotiationData data;
    private final boolean seededNow;

    Desk(Workspace workspace, NegotiationData data, boolean seededNow) {
        this.workspace = workspace;
        this.data = data;
        this.seededNow = seededNow;
    }

    public Path file() {
        return workspace.file();
    }

    /** The negotiation on the desk, with everything in it. */
    public NegotiationData data() {
        return data;
    }

    /** True when this open created the workspace and filled it with the sample. */
    public boolean seededNow() {
        return seededNow;
    }

    /** Every negotiation in the workspace (titles and deadlines only). */
    public List<Negotiation> negotiations() throws StoreException {
        return workspace.negotiations().list();
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
