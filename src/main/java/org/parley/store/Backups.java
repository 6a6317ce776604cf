package org.parley.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.store.StoreException.Reason;
import org.sqlite.SQLiteConnection;

/**
 * Copies of a workspace in a {@code backups/} folder beside it, made with SQLite's online
 * backup, so each is a complete workspace that opens like the original. A backup is named for
 * its workspace, the local time and the reason ({@code negotiation-2018-06-26T090000-daily.db}),
 * is readable by the user only, and appears whole or not at all (written under a temporary name,
 * then moved). The newest {@link #KEEP} of each workspace are kept.
 */
public final class Backups {

    /** How many backups of one workspace are kept; older ones are deleted after each new one. */
    public static final int KEEP = 20;

    private static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d{6})-([a-z0-9-]+)\\.db");

    /** One backup file: when it was taken (local time) and why ("daily", "before-migration", …). */
    public record Backup(Path file, LocalDateTime takenAt, String reason) {
    }

    /** One negotiation in a backup, with how much it holds. */
    public record NegotiationSummary(String title, WorkspaceCounts counts) {
    }

    private Backups() {
    }

    /** The folder backups of {@code workspace} go to. */
    public static Path folder(Path workspace) {
        return workspace.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** Backs up {@code workspace}, a file no connection of this process has open, now; see {@link #take(Path, String, Clock)}. */
    public static Path take(Path workspace, String reason) throws StoreException {
        return take(workspace, reason, Clock.systemDefaultZone());
    }

    /**
     * Backs up {@code workspace}, a file this process does not have open (another process may
     * be writing it: the backup holds every committed change), then deletes all but the newest
     * {@link #KEEP} backups of it. An open workspace is backed up through its own connection
     * ({@link Workspace#backup}), never through a second door to its file.
     *
     * @param reason a short word for the file name: lower-case letters, digits and dashes
     * @return the new backup file
     * @throws StoreException when the workspace cannot be read or the backup not written; no
     *     backup file is then left behind, and the workspace is unchanged
     * @throws IllegalStateException when this process has the workspace open
     */
    public static Path take(Path workspace, String reason, Clock clock) throws StoreException {
        Path file = workspace.toAbsolutePath().normalize();
        if (OpenWorkspaces.find(file).isPresent()) {
            throw new IllegalStateException(file + " is open in this process; back it up through its Workspace");
        }
        return takeBeforeOpen(file, reason, clock);
    }

    /**
     * The same for a workspace that {@link Workspace#open} has locked but not yet connected to
     * (the backup before a migration): no connection of this process holds SQLite locks on it yet.
     */
    static Path takeBeforeOpen(Path workspace, String reason) throws StoreException {
        return takeBeforeOpen(workspace.toAbsolutePath().normalize(), reason, Clock.systemDefaultZone());
    }

    private static Path takeBeforeOpen(Path file, String reason, Clock clock) throws StoreException {
        return write(file, reason, clock, part -> {
            try (Connection c = FileInspection.openChecked(file)) {
                copyOnline(c, file, part);
            } catch (SQLException e) {
                throw SqliteErrors.translate(file, "could not be backed up to " + part, e);
            }
        });
    }

    /** Backs up an open workspace through its own connection; see {@link Workspace#backup}. */
    static Path take(Database db, String reason, Clock clock) throws StoreException {
        Path file = db.file();
        return write(file, reason, clock, part -> db.backupTo(part));
    }

    /** SQLite's online backup of the database {@code c} has open, into {@code part}. */
    static void copyOnline(Connection c, Path file, Path part) throws SQLException, StoreException {
        int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", part.toString(), null);
        if (rc != 0) {
            throw StoreException.of(Reason.IO, file, "could not be backed up to " + part
                    + " (SQLite result " + rc + ").");
        }
    }

    /** Fills a backup file that exists, empty and private. */
    @FunctionalInterface
    private interface Copy {
        void into(Path part) throws StoreException;
    }

    private static Path write(Path file, String reason, Clock clock, Copy copy) throws StoreException {
        if (!reason.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("backup reason must be lower-case letters, digits and dashes: " + reason);
        }
        Path folder = folder(file);
        Path target;
        Path part;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (PrivateFiles.posix(folder)) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            target = freeName(folder, stem(file) + "-" + STAMP.format(LocalDateTime.now(clock)), reason);
            part = folder.resolve("." + target.getFileName() + ".part");
            Files.deleteIfExists(part);
            PrivateFiles.create(part);
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, file, "could not be backed up to " + folder + ": " + e.getMessage(), e);
        }
        try {
            copy.into(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (StoreException | IOException e) {
            deleteQuietly(part);
            deleteQuietly(part.resolveSibling(part.getFileName() + "-journal"));
            if (e instanceof StoreException se) {
                throw se;
            }
            throw StoreException.of(Reason.IO, file, "could not be backed up to " + target + ": " + e.getMessage(), e);
        }
        prune(file);
        return target;
    }

    /** A name not taken yet: two backups in one second get "-2", "-3" after the reason. */
    private static Path freeName(Path folder, String prefix, String reason) {
        Path candidate = folder.resolve(prefix + "-" + reason + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(prefix + "-" + reason + "-" + n + ".db");
        }
        return candidate;
    }

    /** The backups of {@code workspace}, newest first. */
    public static List<Backup> list(Path workspace) throws StoreException {
        Path file = workspace.toAbsolutePath().normalize();
        Path folder = folder(file);
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        String prefix = stem(file) + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    continue;
                }
                Matcher m = NAME.matcher(name.substring(prefix.length()));
                if (m.matches()) {
                    found.add(new Backup(f, LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, file, "its backups in " + folder + " could not be listed: "
                    + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return found;
    }

    /** True when {@code workspace} has a backup taken on {@code day}. */
    public static boolean takenOn(Path workspace, LocalDate day) throws StoreException {
        return list(workspace).stream().anyMatch(b -> b.takenAt().toLocalDate().equals(day));
    }

    /**
     * What a backup holds, read without changing it: each negotiation's title and counts.
     *
     * @throws StoreException when the backup is not a workspace this Parley can read
     */
    public static List<NegotiationSummary> summary(Path backup) throws StoreException {
        try (Connection c = FileInspection.openChecked(backup)) {
            List<NegotiationSummary> result = new ArrayList<>();
            if (Sql.pragmaInt(c, "user_version") == 0) {
                return result;
            }
            List<Long> ids = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, title FROM negotiation ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    titles.add(rs.getString(2));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                result.add(new NegotiationSummary(titles.get(i), WorkspaceCounts.query(c, ids.get(i))));
            }
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(backup, "could not be read", e);
        }
    }

    /**
     * Puts a backup in place of a workspace that cannot be opened (damaged, not a workspace):
     * the bad file and its -wal are kept beside it under a ".damaged-<time>" name, never
     * deleted, and the backup is copied in whole before it takes the workspace's name.
     *
     * @return where the bad file was moved
     * @throws StoreException when the backup is not readable, the workspace is open in another
     *     Parley, or the files cannot be moved; the workspace file is then where it was
     */
    public static Path replaceDamaged(Path workspace, Path backup, Clock clock) throws StoreException {
        Path file = workspace.toAbsolutePath().normalize();
        if (FileIdentity.same(backup, file)) {
            throw StoreException.of(Reason.IO, file, "cannot be replaced by itself: " + backup
                    + " is the workspace, not one of its backups.");
        }
        FileInspection.check(backup.toAbsolutePath().normalize());
        Path copy = file.resolveSibling("." + file.getFileName() + ".restoring");
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(LocalDateTime.now(clock)));
        try (WorkspaceLock lock = WorkspaceLock.acquire(file)) {
            Files.deleteIfExists(copy);
            PrivateFiles.create(copy);
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(file)) {
                Files.move(file, aside);
            }
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Path log = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(log)) {
                    // a log belongs to the bad file, never to the backup put in its place
                    Files.move(log, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw StoreException.of(Reason.IO, file, "could not be replaced by the backup " + backup + ": "
                    + e.getMessage(), e);
        }
    }

    private static void prune(Path workspace) throws StoreException {
        List<Backup> all = list(workspace);
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            deleteQuietly(old.file());
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover is harmless: it is not named like a backup, so it is never listed or restored
        }
    }
}
