package org.parley.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link WorkspaceLockTest}: opens a workspace, says so, and holds it until stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the workspace until the test closes our stdin
            }
        }
    }
}
