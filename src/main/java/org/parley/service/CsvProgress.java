package org.parley.service;

/**
 * Told how far the check of a budget table has come, row by row; it answers whether to go on.
 * The import dialog shows it as a progress bar and stops the check when the user cancels.
 */
@FunctionalInterface
public interface CsvProgress {

    /** Goes on to the end and tells no one. */
    CsvProgress NONE = (done, total) -> true;

    /**
     * @param done the rows read so far
     * @param total the rows of the table
     * @return false to stop the check (it then ends with a {@link java.util.concurrent.CancellationException})
     */
    boolean rows(int done, int total);
}
