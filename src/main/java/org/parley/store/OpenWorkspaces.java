package org.parley.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspaces this process has open, by canonical path. Asked before anything opens a file
 * that might be one of them: within one process, a second descriptor of the file (a lock
 * attempt, a header read, a copy) drops the locks SQLite holds on it as soon as it is closed, and
 * a plain {@code sqlite3} beside the desk may then delete the live WAL. Matching only asks the
 * file system for names and inodes; it opens nothing.
 */
final class OpenWorkspaces {

    /** One open connection to a workspace; compared by identity, so two readers are two entries. */
    static final class Entry {
        private final Path canonical;
        private final boolean writer;

        private Entry(Path canonical, boolean writer) {
            this.canonical = canonical;
            this.writer = writer;
        }

        Path file() {
            return canonical;
        }
    }

    private static final List<Entry> OPEN = new ArrayList<>();

    private OpenWorkspaces() {
    }

    /** Adds a writer of {@code canonical}, unless this process writes that file already (then empty). */
    static synchronized Optional<Entry> addWriter(Path canonical) {
        for (Entry e : OPEN) {
            if (e.writer && FileIdentity.same(canonical, e.canonical)) {
                return Optional.empty();
            }
        }
        Entry entry = new Entry(canonical, true);
        OPEN.add(entry);
        return Optional.of(entry);
    }

    /** Adds a reader of {@code canonical}; any number may read. */
    static synchronized Entry addReader(Path canonical) {
        Entry entry = new Entry(canonical, false);
        OPEN.add(entry);
        return entry;
    }

    static synchronized void remove(Entry entry) {
        OPEN.removeIf(e -> e == entry);
    }

    /** The workspace open in this process that {@code path} names (through any link), if any. */
    static synchronized Optional<Path> find(Path path) {
        for (Entry e : OPEN) {
            if (FileIdentity.same(path, e.canonical)) {
                return Optional.of(e.canonical);
            }
        }
        return Optional.empty();
    }

    /** Every workspace open in this process, once each. */
    static synchronized List<Path> all() {
        return OPEN.stream().map(Entry::file).distinct().toList();
    }
}
