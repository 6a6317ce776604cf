package org.parley.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
    private final NegotiationRepository negotiations;
    private final DelegationRepository delegations;
    private final MissionRepository missions;
    private final ProposalRepository proposals;
    private final TimelineRepository timeline;

    private Workspace(Database db, boolean createdNow) {
        this.db = db;
        this.createdNow = createdNow;
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
     * @throws StoreException with the reason and a message for the user when any check fails;
     *                        the file is then left as it was
     */
    public static Workspace open(Path file) throws StoreException {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw StoreException.of(Reason.IO, path, "is a folder; a workspace is a file.");
        }
        if (isBlank(path)) {
            prepareFolder(path);
        } else {
            FileInspection.check(path);
            requireWritable(path);
        }
        Database db = Database.openReadWrite(path);
        try {
            int fromVersion = Migrations.migrate(db);
            FileInspection.checkIntegrity(path, db.inTransaction(c -> Sql.pragmaText(c, "quick_check")));
            return new Workspace(db, fromVersion == 0);
        } catch (StoreException e) {
            closeAfterFailure(db, e);
            throw e;
        }
    }

    private static boolean isBlank(Path path) throws StoreException {
        try {
            return !Files.exists(path) || Files.size(path) == 0;
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, path, "could not be read: " + e.getMessage(), e);
        }
    }

    /** A new workspace needs its folder, and the folder must take new files (SQLite adds -wal and -shm). */
    private static void prepareFolder(Path path) throws StoreException {
        Path folder = path.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw StoreException.of(Reason.READ_ONLY, path, "cannot be created: no permission to write in "
                    + e.getFile() + ".", e);
        } catch (FileSystemException e) {
            // e.g. a "folder" on the path is a regular file, or the file system is mounted read-only
            throw StoreException.of(Reason.READ_ONLY, path, "cannot be created: " + e.getFile()
                    + (e.getReason() == null ? " is not a folder Parley can write in." : ": " + e.getReason() + "."), e);
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, path, "cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(folder)) {
            throw StoreException.of(Reason.READ_ONLY, path, "cannot be created: the folder " + folder
                    + " is read-only.");
        }
    }

    private static void requireWritable(Path path) throws StoreException {
        if (!Files.isWritable(path)) {
            throw StoreException.of(Reason.READ_ONLY, path, "is read-only. Parley saves every change as it is made; "
                    + "copy the workspace to a folder you can write to.");
        }
        if (!Files.isWritable(path.getParent())) {
            throw StoreException.of(Reason.READ_ONLY, path, "is in a read-only folder (" + path.getParent()
                    + "); SQLite keeps its journal files beside the workspace.");
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
        return db.inTransaction(c -> insert(c, data));
    }

    /**
     * Writes several whole negotiations in one transaction (a whole-workspace import): all or none.
     *
     * @return the ids of the new negotiations, in order
     */
    public List<Long> insertNegotiations(List<NegotiationData> all) throws StoreException {
        return db.inTransaction(c -> {
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
     * Replaces a negotiation by {@code data} in one transaction: the old one is deleted (with
     * everything in it, by cascade) and the new one inserted, or, on any failure, nothing changes.
     * The replacement gets a new id.
     *
     * @return the id of the replacement
     * @throws NoSuchElementException when the workspace has no negotiation with this id
     */
    public long replaceNegotiation(long id, NegotiationData data) throws StoreException {
        return db.inTransaction(c -> {
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
        return db.inTransaction(c -> {
            Negotiation n = negotiations.find(c, id).orElseThrow(() ->
                    new NoSuchElementException("no negotiation with id " + id + " in " + db.file()));
            return new NegotiationData(n, delegations.load(c, id), missions.load(c, id), proposals.load(c, id),
                    timeline.load(c, id), DeliberationRepository.positions(c, id),
                    DeliberationRepository.ourLines(c, id), DeliberationRepository.compromises(c, id),
                    DeliberationRepository.scenarios(c, id));
        });
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
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
            try (Statements statements = new Statements(c)) {
                Writer writer = new Writer(statements, negotiationId);
                try {
                    gesture.write(writer);
                    writer.log(at, description);
                } catch (Writer.WriteFailure f) {
                    throw f.getCause();
                }
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
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "(SELECT count(*) FROM mission WHERE negotiation_id = ?1), "
                    + "(SELECT count(*) FROM budget_line WHERE negotiation_id = ?1), "
                    + "(SELECT coalesce(sum(count), 0) FROM post WHERE negotiation_id = ?1), "
                    + "(SELECT count(*) FROM delegation WHERE negotiation_id = ?1), "
                    + "(SELECT count(*) FROM proposal WHERE negotiation_id = ?1), "
                    + "(SELECT count(*) FROM amendment WHERE negotiation_id = ?1), "
                    + "(SELECT count(*) FROM timeline_event WHERE negotiation_id = ?1)")) {
                ps.setLong(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new WorkspaceCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7));
                }
            }
        });
    }

    /** Runs work in one transaction on the workspace connection; for the store's own classes and tests. */
    <T> T inTransaction(SqlWork<T> work) throws StoreException {
        return db.inTransaction(work);
    }

    @Override
    public void close() throws StoreException {
        db.close();
    }
}
