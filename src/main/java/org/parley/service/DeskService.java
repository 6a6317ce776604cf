package org.parley.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.io.ImportException;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * Opens a workspace for the desk: creates it with the sample negotiation on first use, and
 * otherwise opens it as it was left. The window and the command line share it.
 */
public final class DeskService {

    private final SampleLoader sample;

    public DeskService(SampleLoader sample) {
        this.sample = Objects.requireNonNull(sample, "sample");
    }

    /**
     * Opens (or creates) the workspace at {@code file} and loads its first negotiation.
     *
     * @throws DeskException with a message for the user when the file is not a usable
     *     workspace or the sample cannot be read; the file is then left as it was
     */
    public Desk open(Path file) throws DeskException {
        return open(file, null);
    }

    /**
     * Opens the workspace at {@code file} on negotiation {@code negotiationId} (after an import),
     * or on its first negotiation when that is null.
     */
    public Desk open(Path file, Long negotiationId) throws DeskException {
        // Read the sample before touching the disk, so a broken sample never leaves a file behind.
        NegotiationData seed = isNewWorkspace(file) ? readSample(file) : null;
        Workspace workspace;
        try {
            workspace = Workspace.open(file);
        } catch (StoreException e) {
            throw new DeskException(file, e.getMessage(), e);
        }
        try {
            List<Negotiation> negotiations = workspace.negotiations().list();
            boolean seeded = false;
            long id;
            if (negotiations.isEmpty()) {
                id = workspace.insertNegotiation(seed != null ? seed : readSample(file));
                seeded = true;
            } else {
                id = negotiationId != null ? negotiationId : negotiations.get(0).id();
            }
            return new Desk(workspace, workspace.loadNegotiation(id), seeded);
        } catch (StoreException | DeskException | RuntimeException e) {
            closeQuietly(workspace);
            if (e instanceof DeskException de) {
                throw de;
            }
            throw new DeskException(file, e.getMessage(), e);
        }
    }

    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (StoreException ignored) {
            // The error that made us close it is the one the user needs to see.
        }
    }

    private static boolean isNewWorkspace(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false; // let the store say what is wrong with it
        }
    }

    private NegotiationData readSample(Path file) throws DeskException {
        try {
            return sample.load();
        } catch (ImportException e) {
            throw new DeskException(file, "The sample negotiation could not be read, so " + file
                    + " was not created: " + e.getMessage(), e);
        }
    }
}
