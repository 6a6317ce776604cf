package org.parley.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.io.ImportException;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.Backups;
import org.parley.store.LoadSteps;
import org.parley.store.WorkspaceCounts;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

/**
 * Opens a workspace for the desk: creates it with the sample negotiation on first use, and
 * otherwise opens it as it was left. The window and the command line share it.
 */
public final class DeskService {

    private final SampleLoader sample;
    private final Clock clock;

    public DeskService(SampleLoader sample) {
        this(sample, Clock.systemDefaultZone());
    }

    /** @param clock decides the day of the daily backup and the time in backup names */
    public DeskService(SampleLoader sample, Clock clock) {
        this.sample = Objects.requireNonNull(sample, "sample");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens (or creates) the workspace at {@code file} and loads its first negotiation. The
     * first open of a day backs the workspace up ("daily"); a backup that fails does not stop the
     * desk from opening, and is reported by {@link Desk#notice()}.
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
        return open(file, negotiationId, OpenProgress.NONE);
    }

    /**
     * The same, saying what it reads as it goes ({@code progress}, called on this thread), which
     * may stop it: then {@link DeskException#cancelled()}, and the file is as it was (a first
     * open of the day may have made its daily backup already). A negotiation that would not fit
     * in the memory Parley may use is refused with its size before it is read.
     */
    public Desk open(Path file, Long negotiationId, OpenProgress progress) throws DeskException {
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
            String notice = seeded ? null : dailyBackup(workspace);
            return new Desk(workspace, load(workspace, file, id, progress), seeded, notice);
        } catch (StoreException | DeskException | RuntimeException e) {
            closeQuietly(workspace);
            if (e instanceof DeskException de) {
                throw de;
            }
            throw new DeskException(file, e.getMessage(), e);
        }
    }

    /**
     * Opens a workspace that another Parley is writing, for reading only: the desk shows it, and
     * every gesture is refused.
     *
     * @throws DeskException when the file cannot be read
     */
    public Desk openReadOnly(Path file) throws DeskException {
        return openReadOnly(file, null);
    }

    /**
     * The same on negotiation {@code negotiationId}, or on the first when that is null; an id the
     * workspace does not hold is named with the ids it does.
     */
    public Desk openReadOnly(Path file, Long negotiationId) throws DeskException {
        return openReadOnly(file, negotiationId, OpenProgress.NONE);
    }

    /** The same, saying what it reads as it goes, which may stop it (as {@link #open(Path, Long, OpenProgress)}). */
    public Desk openReadOnly(Path file, Long negotiationId, OpenProgress progress) throws DeskException {
        Workspace workspace;
        try {
            workspace = Workspace.openReadOnly(file);
        } catch (StoreException e) {
            throw new DeskException(file, e.getMessage(), e);
        }
        try {
            List<Negotiation> negotiations = workspace.negotiations().list();
            if (negotiations.isEmpty()) {
                throw new DeskException(file, file + " holds no negotiation yet, so there is nothing to read.", null);
            }
            long id = negotiations.get(0).id();
            if (negotiationId != null) {
                if (negotiations.stream().noneMatch(n -> n.id() == negotiationId)) {
                    throw new DeskException(file, file + " holds no negotiation " + negotiationId + "; it holds "
                            + negotiations.stream().map(n -> n.id() + " (" + n.title() + ")")
                            .collect(java.util.stream.Collectors.joining(", ")) + ".", null);
                }
                id = negotiationId;
            }
            return new Desk(workspace, load(workspace, file, id, progress), false, null);
        } catch (StoreException | DeskException | RuntimeException e) {
            closeQuietly(workspace);
            if (e instanceof DeskException de) {
                throw de;
            }
            throw new DeskException(file, e.getMessage(), e);
        }
    }

    /**
     * Reads one negotiation, part by part, saying each and stopping when asked. Its size is
     * weighed first: too large for this heap is said with the figures before anything large is
     * read, and running out of memory anyway is said the same way (what was read is then garbage).
     */
    private static NegotiationData load(Workspace workspace, Path file, long id, OpenProgress progress)
            throws StoreException, DeskException {
        LoadSteps steps = new LoadSteps() {
            @Override
            public void found(Negotiation negotiation, WorkspaceCounts counts, int postRows) {
                OpenMemory.require(file, counts, postRows);
                progress.header(negotiation);
                goOn();
            }

            @Override
            public void reading(String what) {
                goOn();
                progress.reading(what);
            }

            private void goOn() {
                if (!progress.goOn()) {
                    throw new LoadSteps.Cancelled();
                }
            }
        };
        try {
            NegotiationData data = workspace.loadNegotiation(id, steps);
            if (!progress.goOn()) {
                throw DeskException.cancelled(file);
            }
            return data;
        } catch (LoadSteps.Cancelled c) {
            throw DeskException.cancelled(file);
        } catch (OpenMemory.TooLarge t) {
            throw new DeskException(file, t.getMessage(), null);
        } catch (OutOfMemoryError e) {
            throw new DeskException(file, OpenMemory.ranOut(file), null);
        }
    }

    /**
     * Replaces the open workspace's contents with a backup's, after backing up the current state
     * (so restoring that backup undoes it), and opens the desk again on the result. {@code desk}
     * is closed either way.
     *
     * @return the desk on the restored workspace
     * @throws DeskException when the backup cannot be restored (the workspace is then as it was,
     *     and opened again) or the workspace cannot be opened again
     */
    public Desk restore(Desk desk, Path backup) throws DeskException {
        Path file = desk.file();
        DeskException failure = null;
        try {
            desk.workspace().restore(backup);
        } catch (StoreException e) {
            failure = new DeskException(file, e.getMessage(), e);
        }
        desk.close();
        if (failure != null) {
            throw failure;
        }
        return open(file);
    }

    /**
     * For a workspace that cannot be opened: puts the backup in its place (the bad file is kept
     * beside it, renamed) and opens the desk on it.
     */
    public Desk restoreDamaged(Path file, Path backup) throws DeskException {
        try {
            Backups.replaceDamaged(file, backup, clock);
        } catch (StoreException e) {
            throw new DeskException(file, e.getMessage(), e);
        }
        return open(file);
    }

    /** The backups of {@code workspace}, newest first, each with a line saying what it holds. */
    public List<BackupEntry> backups(Path workspace) throws DeskException {
        try {
            return BackupEntry.of(Backups.list(workspace));
        } catch (StoreException e) {
            throw new DeskException(workspace, e.getMessage(), e);
        }
    }

    /** Backs up today's first open; returns a message when that failed, null otherwise. */
    private String dailyBackup(Workspace workspace) {
        try {
            if (!Backups.takenOn(workspace.file(), LocalDate.now(clock))) {
                workspace.backup("daily", clock);
            }
            return null;
        } catch (StoreException e) {
            return "Today's backup could not be made: " + e.getMessage();
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
