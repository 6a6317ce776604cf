package org.parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.parley.store.StoreException.Reason;

/**
 * The single-writer rule: a workspace is written by one Parley at a time. A small file beside
 * the workspace ({@code name.db.lock}) is locked with the operating system's file lock while
 * the workspace is open, and names the holder (process id and host) so a second Parley can say
 * who has it. The lock, not the file, is what counts: a lock file left by a crashed Parley is
 * not locked and is simply taken over. The file is never deleted, because deleting it while
 * another process is about to lock it would let two writers in.
 *
 * <p>Within one JVM the operating system lock does not exclude a second channel; Java reports
 * that as {@link OverlappingFileLockException}, which means the same: it is open already.
 */
final class WorkspaceLock implements AutoCloseable {

    /** Locked far past the text, so that systems with mandatory locks can still read who holds it. */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code workspace}.
     *
     * @throws StoreException {@link Reason#LOCKED} when another Parley has it open, naming it when it can
     */
    static WorkspaceLock acquire(Path workspace) throws StoreException {
        Path file = lockFile(workspace);
        FileChannel channel = null;
        try {
            if (!Files.exists(file)) {
                try {
                    PrivateFiles.create(file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another Parley created it a moment ago; the lock below decides
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreException.of(Reason.IO, workspace, "could not be locked for writing (" + file + ": "
                    + e.getMessage() + ").", e);
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

    /** Releases the lock; the holder text is cleared so that a stale name is never shown. */
    @Override
    public void close() throws StoreException {
        try {
            if (channel.isOpen()) {
                channel.truncate(0);
                lock.release();
                channel.close();
            }
        } catch (IOException e) {
            closeQuietly(channel);
        }
    }
}
