package org.parley.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: negotiation positions are confidential, and a laptop may
 * have other accounts. On POSIX systems a file is created with mode 0600 (SQLite then gives its
 * -wal, -shm and journal files the same mode as the database); elsewhere the folder's access
 * rules apply.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** True when the file system of {@code file} has POSIX permissions. */
    public static boolean posix(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates an empty file readable and writable by its owner only.
     *
     * @throws FileAlreadyExistsException when the file exists; it is then not changed
     */
    public static Path create(Path file) throws IOException {
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, mode);
        }
        return Files.createFile(file);
    }

    /** Makes an existing file owner-only (mode 0600 on POSIX; nothing elsewhere). */
    public static void restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
