package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.NoSuchElementException;
import org.parley.model.ChangeRecord;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException.Reason;

/**
 * An open workspace file: one SQLite database holding any number of negotiations. Opening
 * checks the file before touching it (see {@link #open}); after that every write is one
 * transaction, so what the user sees is on disk.
 *
 * <p>One connection serves the whole workspace; use it from one thread at a time (the app's
 * store executor). Methods are synchronized against accidental sharing, not for concurrency.
 */
public final class Workspace implements AutoCloseable {

    private final Database db;
    private final boolean createdNow;
    /** Held while open for writing; null when read-only. */
    private final WorkspaceLock lock;
    /** This process's note that it reads the file; null when open for writing (the lock notes it). */
    private final OpenWorkspaces.Entry reading;
    private final NegotiationRepository negotiations;
    private final DelegationRepository delegations;
    private final MissionRepository missions;
    private final ProposalRepository proposals;
    private final TimelineRepository timeline;

    private Workspace(Database db, boolean createdNow, WorkspaceLock lock, OpenWorkspaces.Entry reading) {
        this.db = db;
        this.createdNow = createdNow;
        this.lock = lock;
        this.reading = reading;
        this.negotiations = new NegotiationRepository(db);
        this.delegations = new DelegationRepository(db);
        this.missions = new MissionRepository(db);
        this.proposals = new ProposalRepository(db);
        this.timeline = new TimelineRepository(db);
    }

    /**
     * Opens a workspace, creating it (and its folders) when the file is missing or empty.
     *
     * <p>An existing file is first inspected without being changed: its header must be SQLite's,
     * its {@code application_id} Parley's (or the database blank), its {@code user_version} no
     * newer than {@link Migrations#SCHEMA_VERSION}, its {@code quick_check} clean, and the file
     * and folder writable. Only then is it opened read-write (foreign keys on, WAL journal,
     * synchronous FULL), migrated in one transaction, and quick-checked once more.
     *
     * <p>While open, the workspace is locked against a second writer ({@link WorkspaceLock}; a
     * second open fails with {@link Reason#LOCKED}). A file with a pending migration is backed up
     * first ({@link Backups}). A new file is created readable by the user only.
     *
     * @throws StoreException with the reason and a message for the user when any check fails;
     *                        the file is then left as it was
     */
    public static Workspace open(Path file) throws StoreException {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw StoreException.of(Reason.IO, path, "is a folder; a workspace is a file.");
        }
        boolean blank = WorkspaceFiles.isBlank(path);
        int version = 0;
        if (blank) {
            WorkspaceFiles.prepareFolder(path);
        } else {
            version = FileInspection.check(path);
            WorkspaceFiles.requireWritable(path);
        }
        if (blank) {
            // created before it is locked, so that the lock can be keyed by the file's identity
            WorkspaceFiles.createPrivately(path);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(path);
        try {
            if (version > 0 && version < Migrations.SCHEMA_VERSION) {
                // The migration is one transaction, but a copy of the old file is what lets
                // the user go back if the new version turns out not to suit them.
                Backups.takeBeforeOpen(path, "before-migration");
            }
            Database db = Database.openReadWrite(path);
            try {
                int fromVersion = Migrations.migrate(db);
                FileInspection.checkIntegrity(path, db.inTransaction(c -> Sql.pragmaText(c, "quick_check")));
                return new Workspace(db, fromVersion == 0, lock, null);
            } catch (StoreException e) {
                closeAfterFailure(db, e);
                throw e;
            }
        } catch (StoreException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a workspace for reading only, e.g. while another Parley has it open for writing:
     * nothing is ever written, no lock is taken, and every write is refused with
     * {@link Reason#READ_ONLY}. The file must already be at this Parley's schema version, since a
     * read-only file cannot be migrated.
     */
    public static Workspace openReadOnly(Path file) throws StoreException {
        return openForReading(file, false);
    }

    /**
     * Opens a workspace to look at it only ({@code parley check}): like {@link #openReadOnly},
     * but an older schema is accepted and left as it is, not upgraded. Its negotiations may not
     * load; its header, counts and SQLite checks do.
     */
    public static Workspace inspect(Path file) throws StoreException {
        return openForReading(file, true);
    }

    private static Workspace openForReading(Path file, boolean olderSchemaToo) throws StoreException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw StoreException.of(Reason.IO, path, "does not exist, so it cannot be opened read-only.");
        }
        int version = FileInspection.check(path);
        if (version != Migrations.SCHEMA_VERSION && !olderSchemaToo) {
            throw StoreException.of(Reason.READ_ONLY, path, "has schema " + version + " and needs an upgrade to "
                    + Migrations.SCHEMA_VERSION + ", which only a Parley that opens it for writing can do.");
        }
        OpenWorkspaces.Entry reading = OpenWorkspaces.addReader(FileIdentity.canonical(path));
        try {
            return new Workspace(Database.openReadOnly(path), false, null, reading);
        } catch (StoreException e) {
            OpenWorkspaces.remove(reading);
            throw e;
        }
    }


    private static void closeAfterFailure(Database db, StoreException cause) {
        try {
            db.close();
        } catch (StoreException e) {
            cause.addSuppressed(e);
        }
    }

    /** The workspace file, as an absolute path. */
    public Path file() {
        return db.file();
    }

    /** True when opened with {@link #openReadOnly}: every write is refused. */
    public boolean readOnly() {
        return lock == null;
    }

    private void requireWriting(String what) throws StoreException {
        if (readOnly()) {
            throw StoreException.of(Reason.READ_ONLY, file(), "is open read-only (another Parley has it open for "
                    + "writing), so " + what + " was not saved.");
        }
    }

    /**
     * Replaces everything in this workspace with the contents of {@code backup}, in one
     * transaction, after backing up the current state ("before-restore"), so a restore can be
     * undone by restoring that backup. The backup file is not changed: SQLite reads a private copy
     * of it. A backup of an older schema is migrated at once.
     *
     * @return the backup of the state before the restore
     * @throws StoreException when the backup is not a readable workspace or the restore fails;
     *     the workspace is then as it was
     */
    public Path restore(Path backup) throws StoreException {
        requireWriting("the restore");
        Path source = backup.toAbsolutePath().normalize();
        if (OpenWorkspaces.find(source).isPresent()) {
            throw StoreException.of(Reason.IO, source, "is a workspace open in this Parley, not a backup; "
                    + "choose a backup from " + Backups.folder(file()) + ". Nothing was changed.");
        }
        FileInspection.check(source);
        Path before = backup("before-restore");
        Path copy = file().resolveSibling("." + file().getFileName() + ".restoring");
        try {
            Files.deleteIfExists(copy);
            PrivateFiles.create(copy);
            Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            db.restoreFrom(copy);
            Migrations.migrate(db);
            FileInspection.checkIntegrity(file(), db.inTransaction(c -> Sql.pragmaText(c, "quick_check")));
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, file(), "could not be restored from " + source + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a leftover copy is harmless: nothing opens it
                }
            }
        }
        return before;
    }

    /**
     * Backs this workspace up into its backups folder through its own connection, with SQLite's
     * online backup: the file is never opened by another door while it is open (closing that
     * door would drop SQLite's locks, and a plain {@code sqlite3} beside the desk could then
     * delete the live WAL).
     *
     * @param reason lower-case letters, digits and dashes, e.g. "daily" or "before-import"
     * @return the new backup
     */
    public Path backup(String reason, java.time.Clock clock) throws StoreException {
        return Backups.take(db, reason, clock);
    }

    /** The same at the system clock's time. */
    public Path backup(String reason) throws StoreException {
        return backup(reason, java.time.Clock.systemDefaultZone());
    }

    /**
     * Takes the workspace's locks afresh: the single-writer lock, and SQLite's by reopening the
     * connection. Call it after code this process does not control may have opened and closed
     * the workspace file (a native file dialog sniffing the files of the folder it shows): on
     * POSIX systems that drops every lock of the process on the file, and a plain {@code sqlite3}
     * beside the desk could then delete the live WAL.
     *
     * @throws StoreException {@link Reason#LOCKED} when another Parley took the workspace meanwhile
     */
    public void reassertLocks() throws StoreException {
        if (lock != null) {
            lock.reassert(file());
        }
        db.reopen();
    }

    /** True when this open created the schema, i.e. the file was new, empty or a blank database. */
    public boolean createdNow() {
        return createdNow;
    }

    public NegotiationRepository negotiations() {
        return negotiations;
    }

    public DelegationRepository delegations() {
        return delegations;
    }

    public MissionRepository missions() {
        return missions;
    }

    public ProposalRepository proposals() {
        return proposals;
    }

    public TimelineRepository timeline() {
        return timeline;
    }

    /**
     * Writes a whole negotiation in one transaction: all of it or, on any failure, nothing. The
     * ids inside {@code data} are only read to connect its parts; the stored parts get new ids.
     *
     * @return the id of the new negotiation
     */
    public long insertNegotiation(NegotiationData data) throws StoreException {
        requireWriting("the new negotiation");
        return db.inWriteTransaction(c -> insert(c, data));
    }

    /**
     * Writes several whole negotiations in one transaction (a whole-workspace import): all or none.
     *
     * @return the ids of the new negotiations, in order
     */
    public List<Long> insertNegotiations(List<NegotiationData> all) throws StoreException {
        requireWriting("the new negotiations");
        return db.inWriteTransaction(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (NegotiationData data : all) {
                ids.add(insert(c, data));
            }
            return ids;
        });
    }

    private long insert(Connection c, NegotiationData data) throws SQLException {
        long id = negotiations.insert(c, data.negotiation());
        IdRemap ids = new IdRemap();
        missions.insert(c, id, data.missions(), ids);
        delegations.insert(c, id, data.delegations(), ids);
        proposals.insert(c, id, data.proposals(), ids);
        timeline.insert(c, id, data.events(), ids);
        DeliberationInserts.insert(c, id, data, ids);
        return id;
    }

    /**
     * Work that writes negotiations part by part through {@link NegotiationRows}, e.g. a streamed
     * import handing over each part of a file as it reads it.
     *
     * @param <X> what the work may throw; it ends the transaction, rolled back, and goes up as it is
     */
    @FunctionalInterface
    public interface StreamedWrite<T, X extends Exception> {
        T run(NegotiationRows rows) throws X;
    }

    /**
     * Writes what {@code work} hands to its {@link NegotiationRows} in one transaction: all of it,
     * or, when the work or SQLite fails anywhere, nothing (decision 0019). Nothing of the parts is
     * kept but the map from their ids to the stored ones.
     */
    public <T, X extends Exception> T insertStreamed(StreamedWrite<T, X> work) throws StoreException, X {
        requireWriting("the new negotiations");
        return streamed(null, work);
    }

    /**
     * Replaces negotiation {@code id} by what {@code work} writes, in one transaction: the old one
     * is deleted first (with everything in it, by cascade), or, on any failure, nothing changes.
     *
     * @throws NoSuchElementException when the workspace has no negotiation with this id
     */
    public <T, X extends Exception> T replaceStreamed(long id, StreamedWrite<T, X> work) throws StoreException, X {
        requireWriting("the replacement");
        return streamed(id, work);
    }

    /** The work's own failure, carried out of the transaction (which rolls back on it) and thrown again. */
    private static final class Carried extends RuntimeException {
        Carried(Throwable cause) {
            super(cause);
        }
    }

    @SuppressWarnings("unchecked")
    private <T, X extends Exception> T streamed(Long replacing, StreamedWrite<T, X> work) throws StoreException, X {
        try {
            return db.inWriteTransaction(c -> {
                if (replacing != null) {
                    deleteNegotiation(c, replacing);
                }
                try (NegotiationRows rows = new NegotiationRows(c, negotiations)) {
                    T result;
                    try {
                        result = work.run(rows);
                    } catch (NegotiationRows.Failure f) {
                        throw f.getCause();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception | Error e) {
                        // an Error too (no memory left): the transaction must still be rolled back
                        throw new Carried(e);
                    }
                    rows.finish();
                    return result;
                }
            });
        } catch (Carried e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (X) e.getCause();
        }
    }

    private void deleteNegotiation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM negotiation WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("no negotiation with id " + id + " in " + db.file());
            }
        }
    }

    /**
     * Replaces a negotiation by {@code data} in one transaction: the old one is deleted (with
     * everything in it, by cascade) and the new one inserted, or, on any failure, nothing changes.
     * The replacement gets a new id.
     *
     * @return the id of the replacement
     * @throws NoSuchElementException when the workspace has no negotiation with this id
     */
    public long replaceNegotiation(long id, NegotiationData data) throws StoreException {
        return db.inWriteTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM negotiation WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new NoSuchElementException("no negotiation with id " + id + " in " + db.file());
                }
            }
            return insert(c, data);
        });
    }

    /**
     * Loads one negotiation with everything in it, in one read transaction and a fixed number of
     * queries (about a dozen), however large it is.
     *
     * @throws NoSuchElementException when the workspace has no negotiation with this id
     */
    public NegotiationData loadNegotiation(long id) throws StoreException {
        return loadNegotiation(id, LoadSteps.NONE);
    }

    /**
     * The same, saying before each part what it reads with how many rows it holds; {@code steps}
     * may stop the read between parts by throwing {@link LoadSteps.Cancelled}, which goes up as it is.
     */
    public NegotiationData loadNegotiation(long id, LoadSteps steps) throws StoreException {
        return db.inTransaction(c -> {
            Negotiation n = negotiations.find(c, id).orElseThrow(() ->
                    new NoSuchElementException("no negotiation with id " + id + " in " + db.file()));
            WorkspaceCounts counts = WorkspaceCounts.query(c, id);
            int postRows = WorkspaceCounts.postRows(c, id);
            steps.found(n, counts, postRows);
            steps.reading("Reading " + counted(counts.delegations(), "delegation and group", "delegations and groups")
                    + "…");
            var people = delegations.load(c, id);
            steps.reading("Reading " + counted(counts.missions(), "mission", "missions") + ", "
                    + counted(counts.lines(), "budget line", "budget lines") + " and "
                    + counted(postRows, "post row", "post rows") + "…");
            var budgets = missions.load(c, id);
            steps.reading("Reading " + counted(counts.amendments(), "amendment", "amendments") + " in "
                    + counted(counts.proposals(), "proposal", "proposals") + "…");
            var tabled = proposals.load(c, id);
            steps.reading("Reading " + counted(counts.events(), "event", "events") + "…");
            var events = timeline.load(c, id);
            steps.reading("Reading positions, compromises and scenarios…");
            var positions = DeliberationRepository.positions(c, id);
            var ourLines = DeliberationRepository.ourLines(c, id);
            var compromises = DeliberationRepository.compromises(c, id);
            var scenarios = DeliberationRepository.scenarios(c, id);
            var talkingPoints = DeliberationRepository.talkingPoints(c, id);
            return new NegotiationData(n, people, budgets, tabled, events, positions, ourLines, compromises, scenarios,
                    talkingPoints);
        });
    }

    /** "1 amendment", "37,201 amendments". */
    static String counted(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** A work that writes one gesture through a {@link Writer}. */
    @FunctionalInterface
    public interface Gesture {
        void write(Writer writer);
    }

    /**
     * Writes one gesture on one negotiation and its entry in the change history, in one
     * transaction: all of it or nothing. Foreign keys are checked at commit, so a gesture may
     * write its parts in any order.
     *
     * @throws StoreException when anything fails; nothing is then written
     */
    public void write(long negotiationId, Instant at, String description, Gesture gesture) throws StoreException {
        write(negotiationId, at, null, description, gesture);
    }

    /**
     * {@link #write(long, Instant, String, Gesture)} for a gesture made while the desk replays a past
     * date: the history keeps the desk's time {@code deskAt} beside the real time {@code at}
     * (schema version 11, decision 0029); null on a live desk.
     */
    public void write(long negotiationId, Instant at, Instant deskAt, String description, Gesture gesture)
            throws StoreException {
        requireWriting("\"" + description + "\"");
        db.inWriteTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
            try (Statements statements = new Statements(c)) {
                Writer writer = new Writer(statements, negotiationId);
                try {
                    gesture.write(writer);
                    writer.finish();
                    writer.log(at, deskAt, description);
                } catch (Writer.WriteFailure f) {
                    throw f.getCause();
                }
            }
            return null;
        });
    }

    /**
     * The view as the user left it (decision 0015): text keys and values, read as they are; the
     * caller reads each value as a hint and ignores one it cannot use. Works read-only too.
     */
    public java.util.Map<String, String> viewState() throws StoreException {
        return db.inTransaction(c -> {
            java.util.Map<String, String> state = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM view_state");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    state.put(rs.getString(1), rs.getString(2));
                }
            }
            return state;
        });
    }

    /**
     * Writes these keys of the view state in one transaction, leaving other keys as they are. It
     * is not a gesture: no change history, no undo, and the negotiation is not touched.
     *
     * @throws StoreException {@link Reason#READ_ONLY} on a read-only workspace, or when SQLite fails
     */
    public void saveViewState(java.util.Map<String, String> values) throws StoreException {
        requireWriting("the view as left");
        db.inWriteTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO view_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (var e : new java.util.TreeMap<>(values).entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Ids for the parts one gesture creates; see {@link NewIds}. */
    public NewIds newIds() {
        return new NewIds(db);
    }

    /** The changes committed to a negotiation at or after {@code since}, oldest first. */
    public List<ChangeRecord> changesSince(long negotiationId, Instant since) throws StoreException {
        return db.inTransaction(c -> DeliberationRepository.changesSince(c, negotiationId, since));
    }

    /** What one negotiation holds; all zero for an unknown id. */
    public WorkspaceCounts counts(long negotiationId) throws StoreException {
        return db.inTransaction(c -> WorkspaceCounts.query(c, negotiationId));
    }

    /** Runs work in one transaction on the workspace connection; for the store's own classes and tests. */
    <T> T inTransaction(SqlWork<T> work) throws StoreException {
        return db.inTransaction(work);
    }

    @Override
    public void close() throws StoreException {
        try {
            db.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
            if (reading != null) {
                OpenWorkspaces.remove(reading);
            }
        }
    }
}
