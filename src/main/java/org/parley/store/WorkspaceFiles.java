package org.parley.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.StoreException.Reason;

/** The file-system checks and steps of opening a workspace, before SQLite is involved. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    static boolean isBlank(Path path) throws StoreException {
        try {
            return !Files.exists(path) || Files.size(path) == 0;
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, path, "could not be read: " + e.getMessage(), e);
        }
    }

    /** A new workspace needs its folder, and the folder must take new files (SQLite adds -wal and -shm). */
    static void prepareFolder(Path path) throws StoreException {
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

    static void requireWritable(Path path) throws StoreException {
        if (!Files.isWritable(path)) {
            throw StoreException.of(Reason.READ_ONLY, path, "is read-only. Parley saves every change as it is made; "
                    + "copy the workspace to a folder you can write to.");
        }
        if (!Files.isWritable(path.getParent())) {
            throw StoreException.of(Reason.READ_ONLY, path, "is in a read-only folder (" + path.getParent()
                    + "); SQLite keeps its journal files beside the workspace.");
        }
    }

    /** A new workspace is created empty and private (0600) before SQLite fills it, so its -wal and -shm are private too. */
    static void createPrivately(Path path) throws StoreException {
        try {
            if (!Files.exists(path)) {
                PrivateFiles.create(path);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // created between the check and now; SQLite will open it as it is
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, path, "cannot be created: " + e.getMessage(), e);
        }
    }
}
