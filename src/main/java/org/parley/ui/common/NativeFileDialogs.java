package org.parley.ui.common;

import java.io.File;
import java.util.Objects;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The one way Parley shows the desktop's own file dialog. On Linux that dialog (GTK) runs inside
 * Parley's process and opens the files of the folder it shows to tell their kind; closing such a
 * descriptor of the open workspace drops every POSIX lock the process holds on it, SQLite's
 * included, after which a plain {@code sqlite3} beside the desk could delete the live WAL. So
 * after every dialog the desk takes its locks afresh ({@link #afterEachDialog}).
 */
public final class NativeFileDialogs {

    private static volatile Runnable afterEachDialog = () -> { };

    private NativeFileDialogs() {
    }

    /** What to run after every file dialog has closed: the app takes the open desk's locks again. */
    public static void afterEachDialog(Runnable action) {
        afterEachDialog = Objects.requireNonNull(action, "action");
    }

    /** {@link FileChooser#showOpenDialog}, then the desk's locks taken again. */
    public static File open(FileChooser chooser, Window owner) {
        try {
            return chooser.showOpenDialog(owner);
        } finally {
            afterEachDialog.run();
        }
    }

    /** {@link FileChooser#showSaveDialog}, then the desk's locks taken again. */
    public static File save(FileChooser chooser, Window owner) {
        try {
            return chooser.showSaveDialog(owner);
        } finally {
            afterEachDialog.run();
        }
    }
}
