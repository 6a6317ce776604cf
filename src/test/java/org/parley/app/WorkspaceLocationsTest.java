package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationsTest {

    @Test
    void linux_usesTheXdgDataFolder() {
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/share/parley/parley.db"));
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/parley/parley.db"));
    }

    @Test
    void windows_usesAppData() {
        assertThat(WorkspaceLocations.defaultWorkspace("Windows 11", "/home/ana", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Parley/parley.db"));
    }

    @Test
    void mac_usesApplicationSupport() {
        assertThat(WorkspaceLocations.defaultWorkspace("Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Parley/parley.db"));
    }
}
