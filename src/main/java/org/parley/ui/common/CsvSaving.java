package org.parley.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The two halves of an "Export CSV…" command shared by the panes: asking where to save, and
 * writing with a failure told to the user. The writing runs on the calling (FX) thread: the
 * tables are a few kilobytes and take milliseconds, and the user should not edit on while the
 * file they asked for is not yet there.
 */
public final class CsvSaving {

    /** Writes a file; the service's exports throw an {@link IOException} with a message for the user. */
    @FunctionalInterface
    public interface Write {
        void to(Path file) throws IOException;
    }

    private CsvSaving() {
    }

    /** Asks for the file to write, suggesting a name; empty when the user cancels. */
    public static Optional<Path> choose(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = NativeFileDialogs.save(chooser, owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * Writes, telling the user when it fails.
     *
     * @return true when the file was written
     */
    public static boolean write(Dialogs dialogs, Path file, Write write) {
        try {
            write.to(file);
            return true;
        } catch (IOException e) {
            dialogs.error("Export CSV failed", e.getMessage());
            return false;
        }
    }
}
