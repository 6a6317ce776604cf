package org.parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.parley.store.StoreException.Reason;

/**
 * The single-writer rule: a workspace is written by one Parley at a time, however its path was
 * typed. Three locks, all keyed by the file's identity rather than the text of its path:
 * <ol>
 *   <li>within this process, {@link OpenWorkspaces} (asked first, so no second descriptor of a
 *       lock file is ever opened and closed here: closing it would drop the first one's lock);</li>
 *   <li>a small file beside the workspace's canonical path ({@code name.db.lock}, symbolic links
 *       resolved), locked with the operating system's file lock while the workspace is open, so
 *       Parleys of any user or machine that share the folder exclude each other;</li>
 *   <li>a lock named by the file's device and inode in a private folder of the user's
 *       ({@code $XDG_RUNTIME_DIR/parley-locks}, else {@code $TMPDIR/parley-locks-USER}), so a second
 *       name of the same file (a hard link) reaches the same lock.</li>
 * </ol>
 * Each lock file names its holder (process id, host and user) so a second Parley can say who has
 * it. The lock, not the file, is what counts: a lock file left by a crashed Parley is not locked
 * and is simply taken over. Lock files are never deleted, because deleting one while another
 * process is about to lock it would let two writers in.
 */
final class WorkspaceLock implements AutoCloseable {

    /** Locked far past the text, so that systems with mandatory locks can still read who holds it. */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final OpenWorkspaces.Entry entry;
    private final Held beside;
    private final Held identity;

    /** One locked file: its channel stays open while the lock is held. */
    private static final class Held {
        private final FileChannel channel;
        private FileLock lock;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        FileChannel channel() {
            return channel;
        }

        FileLock lock() {
            return lock;
        }
    }

    private WorkspaceLock(OpenWorkspaces.Entry entry, Held beside, Held identity) {
        this.entry = entry;
        this.beside = beside;
        this.identity = identity;
    }

    /** The lock file beside the workspace, at its canonical path (links resolved). */
    static Path lockFile(Path workspace) {
        Path canonical = FileIdentity.canonical(workspace);
        return canonical.resolveSibling(canonical.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code workspace}, which must exist (so that it has an identity).
     *
     * @throws StoreException {@link Reason#LOCKED} when this or another Parley has it open,
     *     through this path or any other, naming the holder when it can
     */
    static WorkspaceLock acquire(Path workspace) throws StoreException {
        Path canonical = FileIdentity.canonical(workspace);
        OpenWorkspaces.Entry entry = OpenWorkspaces.addWriter(canonical).orElseThrow(() ->
                StoreException.of(Reason.LOCKED, workspace, "is already open in this Parley ("
                        + holderText() + (canonical.equals(workspace.toAbsolutePath().normalize()) ? ""
                        : ", as " + canonical) + "). Only one Parley may change a workspace at a time; "
                        + "use the window that has it, or open it read-only here."));
        Held beside = null;
        try {
            beside = lock(lockFile(canonical), workspace);
            Held identity = null;
            Optional<Path> identityFile = identityLockFile(canonical);
            if (identityFile.isPresent()) {
                identity = lock(identityFile.get(), workspace);
            }
            return new WorkspaceLock(entry, beside, identity);
        } catch (StoreException e) {
            release(beside);
            OpenWorkspaces.remove(entry);
            throw e;
        }
    }

    private static Held lock(Path file, Path workspace) throws StoreException {
        FileChannel channel = null;
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    PrivateFiles.create(file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another Parley created it a moment ago; the lock below decides
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw StoreException.of(Reason.LOCKED, workspace, "is open in another Parley"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ". Only one Parley may change a workspace at a time; close it there, or open it read-only here.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new Held(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreException.of(Reason.IO, workspace, "could not be locked for writing (" + file + ": "
                    + e.getMessage() + ").", e);
        }
    }

    /**
     * The lock file named by the workspace's device and inode in the user's private lock folder;
     * empty where the file system has no inodes or no private folder can be had (the lock beside
     * the workspace then stands alone, and a hard link in another folder is not caught).
     */
    static Optional<Path> identityLockFile(Path canonical) {
        Optional<String> id = FileIdentity.deviceAndInode(canonical);
        Optional<Path> folder = privateLockFolder();
        if (id.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(folder.get().resolve(id.get() + ".lock"));
    }

    private static Optional<Path> privateLockFolder() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            String runtime = System.getenv("XDG_RUNTIME_DIR");
            Path folder = runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                    ? Path.of(runtime, "parley-locks")
                    : Path.of(System.getProperty("java.io.tmpdir"), "parley-locks-" + user);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    if (PrivateFiles.posix(folder)) {
                        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
                    } else {
                        Files.createDirectory(folder);
                    }
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // made by another Parley a moment ago
                }
            }
            // A folder someone else made (or a link planted in a shared temp folder) is not ours to trust.
            boolean ours = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && (!PrivateFiles.posix(folder) || Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName()
                    .equals(System.getProperty("user.name")));
            return ours ? Optional.of(folder) : Optional.empty();
        } catch (IOException | InvalidPathException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    /** "process 4711 on lap-0042 (user ana)", as the second Parley will show it. */
    static String holderText() {
        return "process " + ProcessHandle.current().pid() + " on " + hostName() + " (user "
                + System.getProperty("user.name") + ")";
    }

    /** The host name without asking the network: Parley opens no connection, not even a DNS query. */
    private static String hostName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            return "this computer";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the error being reported is the one that matters
            }
        }
    }

    /** Releases one lock; the holder text is cleared so that a stale name is never shown. */
    private static void release(Held held) {
        if (held == null) {
            return;
        }
        try {
            if (held.channel().isOpen()) {
                held.channel().truncate(0);
                held.lock().release();
                held.channel().close();
            }
        } catch (IOException e) {
            closeQuietly(held.channel());
        }
    }

    /**
     * Takes the operating system's locks again, after code this process does not control may
     * have dropped them (closing any descriptor of a file drops every POSIX lock on it).
     *
     * @throws StoreException {@link Reason#LOCKED} when another Parley took the workspace meanwhile
     */
    synchronized void reassert(Path workspace) throws StoreException {
        for (Held held : new Held[] {beside, identity}) {
            if (held == null) {
                continue;
            }
            if (!held.channel.isOpen()) {
                // released on purpose: a late caller must not lock a workspace nobody has open
                throw StoreException.of(Reason.IO, workspace, "is closed; it was not locked again.");
            }
            try {
                held.lock.release();
                FileLock again = held.channel.tryLock(LOCK_POSITION, 1, false);
                if (again == null) {
                    String holder = readHolder(held.channel);
                    throw StoreException.of(Reason.LOCKED, workspace, "was taken by another Parley"
                            + (holder.isEmpty() ? "" : " (" + holder + ")") + " while a file dialog was open. "
                            + "Every change made here is saved; close this window and work in that one.");
                }
                held.lock = again;
                held.channel.truncate(0);
                held.channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException e) {
                throw StoreException.of(Reason.IO, workspace, "could not be locked again (" + e.getMessage() + ").", e);
            }
        }
    }

    /** Releases every lock; called once the workspace's connection is closed. */
    @Override
    public void close() {
        release(identity);
        release(beside);
        OpenWorkspaces.remove(entry);
    }
}
