package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Which file a path names, whatever way it was typed: through a symbolic link, a link to a
 * folder, "..", or a second hard link. Everything here asks the file system about names and
 * attributes ({@code stat}, {@code readlink}); nothing opens a file, because closing any
 * descriptor of the workspace would drop SQLite's locks on it.
 */
final class FileIdentity {

    /** More links than this in a row are a loop; Linux gives up at 40 as well. */
    private static final int MAX_LINKS = 40;

    private FileIdentity() {
    }

    /**
     * The canonical form of {@code path}: its real path when it exists; otherwise the real path
     * of the nearest folder that exists, with the rest of the names after it, following a
     * dangling symbolic link to where it points. Two paths to one file, or to one file still to
     * be created, give equal results.
     */
    static Path canonical(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            try {
                return p.toRealPath();
            } catch (IOException missing) {
                // falls through: not there (yet), or a link that points nowhere
            }
            if (Files.isSymbolicLink(p)) {
                try {
                    Path target = Files.readSymbolicLink(p);
                    p = p.resolveSibling(target).toAbsolutePath().normalize();
                    continue;
                } catch (IOException | UnsupportedOperationException e) {
                    return p;
                }
            }
            Path parent = p.getParent();
            if (parent == null || p.getFileName() == null) {
                return p;
            }
            return canonical(parent).resolve(p.getFileName().toString());
        }
        return p;
    }

    /**
     * What identifies the file's content on this machine: the device and inode where the file
     * system has them (so hard links agree), else its canonical path. Empty when it does not exist.
     */
    static Optional<Object> key(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return Optional.of(key != null ? key : canonical(path).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A short name for the file's identity, safe as a file name: "dev-inode" on Unix file
     * systems, empty elsewhere (then the canonical path is all there is).
     */
    static Optional<String> deviceAndInode(Path path) {
        try {
            Path real = path.toRealPath();
            Object dev = Files.getAttribute(real, "unix:dev");
            Object ino = Files.getAttribute(real, "unix:ino");
            return Optional.of(Long.toHexString(((Number) dev).longValue()) + "-"
                    + Long.toHexString(((Number) ino).longValue()));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** True when both name the same file: the same inode when both exist, else the same canonical path. */
    static boolean same(Path a, Path b) {
        Optional<Object> ka = key(a);
        Optional<Object> kb = key(b);
        if (ka.isPresent() && kb.isPresent()) {
            return ka.get().equals(kb.get());
        }
        return canonical(a).equals(canonical(b));
    }
}
