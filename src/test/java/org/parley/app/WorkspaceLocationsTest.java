package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocationsTest {

    @Test
    void linux_usesTheXdgDataFolder() {
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", Map.of(), p -> false))
                .isEqualTo(Path.of("/home/ana/.local/share/parley/workspace.parley"));
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data"), p -> false))
                .isEqualTo(Path.of("/data/parley/workspace.parley"));
    }

    @Test
    void windows_usesAppData() {
        assertThat(WorkspaceLocations.defaultWorkspace("Windows 11", "/home/ana", Map.of("APPDATA", "/appdata"), p -> false))
                .isEqualTo(Path.of("/appdata/Parley/workspace.parley"));
    }

    @Test
    void mac_usesApplicationSupport() {
        assertThat(WorkspaceLocations.defaultWorkspace("Mac OS X", "/Users/ana", Map.of(), p -> false))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Parley/workspace.parley"));
    }

    /** An earlier Parley's default workspace, a real file, is still the one opened: never lost, never moved. */
    @Test
    void anEarlierDefaultWorkspace_staysTheDefault_untilTheNewOneExists(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString());
        Path folder = Files.createDirectories(data.resolve("parley"));
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", env, Files::exists))
                .as("a first start").isEqualTo(folder.resolve("workspace.parley"));

        Path old = Files.writeString(folder.resolve("parley.db"), "an earlier Parley's workspace");
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", env, Files::exists))
                .as("only the old default is there").isEqualTo(old);
        assertThat(old).hasContent("an earlier Parley's workspace");

        Files.writeString(folder.resolve("workspace.parley"), "new");
        assertThat(WorkspaceLocations.defaultWorkspace("Linux", "/home/ana", env, Files::exists))
                .as("both are there: the new one").isEqualTo(folder.resolve("workspace.parley"));
        assertThat(old).as("the old file is left as it was").hasContent("an earlier Parley's workspace");
    }

    @Test
    void aWorkspaceName_endsInParleyOrDb() {
        assertThat(WorkspaceLocations.looksLikeWorkspace("talks.parley")).isTrue();
        assertThat(WorkspaceLocations.looksLikeWorkspace("/home/ana/Old Talks.DB")).isTrue();
        assertThat(WorkspaceLocations.looksLikeWorkspace("chek")).isFalse();
    }

    @Test
    void aNewWorkspaceTypedWithoutExtension_getsParley() {
        assertThat(WorkspaceLocations.withExtension(Path.of("/w/talks"))).isEqualTo(Path.of("/w/talks.parley"));
        assertThat(WorkspaceLocations.withExtension(Path.of("/w/talks.db"))).isEqualTo(Path.of("/w/talks.db"));
        assertThat(WorkspaceLocations.withExtension(Path.of("/w/talks.parley"))).isEqualTo(Path.of("/w/talks.parley"));
    }
}
