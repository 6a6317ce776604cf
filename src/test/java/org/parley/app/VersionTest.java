package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley --version} and {@code --help}, each in a process of its own (issue 15). */
class VersionTest {

    @TempDir
    Path dir;

    @Test
    void version_saysTheVersionOfThePomAndTheBuildDate() throws Exception {
        ChildParley parley = ChildParley.run(dir, List.of(), Map.of(), "--version");
        assertThat(parley.exitCode()).as(parley.err()).isZero();
        assertThat(parley.out().strip()).matches("Parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(built \\d{4}-\\d\\d-\\d\\d\\)");
        assertThat(parley.out()).startsWith("Parley " + Version.current() + " (built " + Version.buildDate() + ")");
        assertThat(parley.err()).isEmpty();
    }

    @Test
    void help_listsEveryCommand() throws Exception {
        ChildParley parley = ChildParley.run(dir, List.of(), Map.of(), "--help");
        assertThat(parley.exitCode()).as(parley.err()).isZero();
        for (String command : List.of("export", "import", "check", "brief")) {
            assertThat(parley.out()).as(command).contains("parley " + command + " --workspace FILE");
        }
        assertThat(parley.out()).contains("--workspace FILE | FILE").contains("--version").contains("Exit codes");
        org.parley.io.UserMessages.assertPlain(parley.out(), "parley --help");
    }

    @Test
    void aMistypedCommand_isAUsageError_notANewWorkspace() throws Exception {
        ChildParley parley = ChildParley.run(dir, List.of(), Map.of(), "chek");
        assertThat(parley.exitCode()).isEqualTo(2);
        assertThat(parley.err()).contains("unknown argument \"chek\": not an option, a command");
        org.parley.io.UserMessages.assertPlain(parley.err(), "parley chek");
        assertThat(dir.resolve("chek")).doesNotExist();
    }
}
