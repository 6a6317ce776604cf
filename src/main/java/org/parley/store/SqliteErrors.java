package org.parley.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.parley.store.StoreException.Reason;

/** Turns SQLite's result codes into a {@link StoreException} the user can act on. */
final class SqliteErrors {

    // Primary result codes from sqlite3.h; extended codes carry them in the low byte.
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private SqliteErrors() {
    }

    /** @param doing what went wrong, following the file name, e.g. "could not be read" */
    static StoreException translate(Path file, String doing, SQLException e) {
        String detail = plain(e.getMessage());
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_READONLY, SQLITE_CANTOPEN ->
                    StoreException.of(Reason.READ_ONLY, file, "cannot be written (" + detail + ").", e);
            case SQLITE_CORRUPT, SQLITE_NOTADB ->
                    StoreException.of(Reason.CORRUPT, file, doing + ": it is damaged (" + detail
                            + "). Restore a backup.", e);
            case SQLITE_CONSTRAINT ->
                    // only writes break constraints, and the transaction was rolled back
                    StoreException.of(Reason.CONSTRAINT, file, "was not changed: the change breaks a rule of the data ("
                            + detail + ").", e);
            case SQLITE_FULL -> StoreException.of(Reason.IO, file, doing + ": the disk is full.", e);
            default -> StoreException.of(Reason.IO, file, doing + " (" + detail + ").", e);
        };
    }

    /** SQLite's own words without sqlite-jdbc's "[SQLITE_READONLY_DIRECTORY] " code name in front. */
    static String plain(String message) {
        String text = message == null ? "" : message;
        return text.startsWith("[SQLITE_") && text.indexOf("] ") > 0 ? text.substring(text.indexOf("] ") + 2) : text;
    }
}
