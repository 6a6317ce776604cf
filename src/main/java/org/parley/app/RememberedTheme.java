package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.ui.common.Theme;

/** The theme the user chose last (View > Dark theme), kept in the user's data folder. */
public final class RememberedTheme {

    private final Path file;

    public RememberedTheme(Path file) {
        this.file = file;
    }

    /** Beside the default workspace, in the user's data folder. */
    public static RememberedTheme inDataFolder() {
        return new RememberedTheme(WorkspaceLocations.defaultWorkspace().resolveSibling("theme.txt"));
    }

    /** The theme chosen last; light when none was, or when the file cannot be read or makes no sense. */
    public Theme read() {
        try {
            return Files.isRegularFile(file) ? Theme.fromKey(Files.readString(file, StandardCharsets.UTF_8))
                    .orElse(Theme.LIGHT) : Theme.LIGHT;
        } catch (IOException | RuntimeException e) {
            return Theme.LIGHT;
        }
    }

    /** Remembers {@code theme}. */
    public void write(Theme theme) throws IOException {
        SmallFiles.writePrivately(file, List.of(theme.key()));
    }
}
