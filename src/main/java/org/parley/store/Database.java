package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.parley.model.Refused;
import org.parley.store.StoreException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * The workspace's one read-write connection and its transaction helper. Repositories share it;
 * none opens a connection of its own, so every gesture can be one transaction.
 */
final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final SQLiteConfig config;
    private final String url;
    private Connection connection;

    private Database(Path file, SQLiteConfig config, String url) throws SQLException {
        this.file = file;
        this.config = config;
        this.url = url;
        this.connection = config.createConnection(url);
    }

    /** Opens read-write with the pragmas the design asks for; the file is created if missing. */
    static Database openReadWrite(Path file) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // IMMEDIATE takes the write lock at BEGIN, so a transaction never fails half-way with BUSY.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return new Database(file, config, "jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be opened", e);
        }
    }

    /**
     * Opens for reading only, while another Parley may be writing: a normal read-only connection
     * (not immutable), so it sees that Parley's commits through the -wal file. In a folder this
     * user cannot write, with no -wal or -journal beside the file, no Parley of this user can be
     * writing, and a normal connection would fail creating its -shm: then the file is opened
     * immutable, which needs no file beside it.
     */
    static Database openReadOnly(Path file) throws StoreException {
        Path folder = file.toAbsolutePath().getParent();
        return openReadOnly(file, folder == null || Files.isWritable(folder));
    }

    /** @param folderWritable whether the file's folder may be written (a parameter, so tests run as root) */
    static Database openReadOnly(Path file, boolean folderWritable) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        boolean logBeside = Files.exists(file.resolveSibling(file.getFileName() + "-wal"))
                || Files.exists(file.resolveSibling(file.getFileName() + "-journal"));
        String url = folderWritable || logBeside ? "jdbc:sqlite:" + file
                : "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        try {
            return new Database(file, config, url);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be opened", e);
        }
    }

    /**
     * Replaces the whole database with the one in {@code source}, with SQLite's online backup run
     * the other way: one write transaction, so on failure the workspace is as it was.
     */
    synchronized void restoreFrom(Path source) throws StoreException {
        try {
            int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", source.toString(), null);
            if (rc != 0) {
                throw StoreException.of(Reason.IO, file, "could not be restored from " + source
                        + " (SQLite result " + rc + ").");
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be restored from " + source, e);
        }
    }

    /**
     * Copies every committed change into {@code target} with SQLite's online backup, through this
     * connection: the one door to the workspace file while it is open.
     */
    synchronized void backupTo(Path target) throws StoreException {
        try {
            Backups.copyOnline(connection, file, target);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be backed up to " + target, e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Closes the connection and opens it again with the same settings, so that SQLite takes its
     * locks afresh. Needed after code this process does not control (a native file dialog that
     * looks into the workspace's folder) opened and closed a descriptor of the file, which drops
     * every POSIX lock the process held on it. Every gesture was committed, so nothing is lost.
     */
    synchronized void reopen() throws StoreException {
        try {
            if (connection.isClosed()) {
                // closed on purpose: a late caller must not open a connection nobody will close
                throw StoreException.of(Reason.IO, file, "is closed; it was not opened again.");
            }
            connection.close();
            connection = config.createConnection(url);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be opened again", e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when anything
     * fails. A value the model refuses while loading ({@link Refused}, a stored name no enum knows
     * included) or a time that does not parse means the file holds data this Parley cannot read, so
     * it is reported as {@link Reason#CORRUPT}; any other failure is a fault and goes up as it is.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) throws StoreException {
        try {
            return transaction(work);
        } catch (Refused | DateTimeException e) {
            throw StoreException.of(Reason.CORRUPT, file, "holds data this Parley cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a write in one transaction, like {@link #inTransaction}, but what the work itself throws
     * goes up as it is, after the rollback: the code writing failed, which says nothing about the
     * file, so it is never reported as {@link Reason#CORRUPT}. Only SQLite's own failures become a
     * {@link StoreException}.
     */
    synchronized <T> T inWriteTransaction(SqlWork<T> work) throws StoreException {
        return transaction(work);
    }

    private <T> T transaction(SqlWork<T> work) throws StoreException {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be read or saved", e);
        }
    }

    /**
     * Undoes a failed transaction and leaves the connection in auto-commit, keeping the failure
     * as the exception the user hears about. SQLite has often rolled back by itself already (it
     * does on a full disk, an I/O error or no memory), and then both steps fail with "no
     * transaction is active"; those are only noted, never allowed to hide "the disk is full".
     */
    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            // sqlite-jdbc marks the connection auto-commit before it sends COMMIT, so it is back
            // in auto-commit even when that COMMIT finds no transaction
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be closed", e);
        }
    }
}
