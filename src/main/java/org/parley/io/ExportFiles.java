package org.parley.io;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file the way every export must: readable by the user only (0600 where the
 * file system has POSIX permissions), and atomically — the text goes to a temporary file beside
 * the target, is forced to disk, and is then moved over the target in one step, so a failure
 * (disk full, no permission, a crash) leaves the old file or none, never half a file.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, replacing what was there.
     *
     * @throws IOException with a message naming the file and what went wrong; the target is then
     *                     as it was and no temporary file is left behind
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for bytes. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** What an export writes, streamed: a large export is never held in memory whole. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The same for content written as a stream (a JSON export). */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp", ownerOnly(folder));
        } catch (IOException e) {
            throw failure(file, e);
        }
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush(); // not closed: that would close the channel before it is forced
                ch.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException e) {
            // the content failed midway (e.g. a negotiation could not be loaded): no half file either
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw failure(file, e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static IOException failure(Path file, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "no permission to write in " + file.getParent();
        } else if (e instanceof NoSuchFileException) {
            why = "the folder " + file.getParent() + " does not exist";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage();
        }
        return new IOException(file + " could not be written: " + why + ". Nothing was written.", e);
    }
}
