package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void parse_noArguments_usesTheDefaultWorkspace() throws Exception {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertThat(o.workspace()).isEmpty();
        assertThat(o.help()).isFalse();
    }

    @Test
    void parse_workspace_inBothSpellings() throws Exception {
        assertThat(LaunchOptions.parse(List.of("--workspace", "a.db")).workspace())
                .contains(Path.of("a.db").toAbsolutePath());
        assertThat(LaunchOptions.parse(List.of("--workspace=b.db")).workspace())
                .contains(Path.of("b.db").toAbsolutePath());
    }

    @Test
    void parse_workspaceWithoutFile_saysWhatIsMissing() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--workspace")))
                .hasMessage("--workspace needs a file name");
    }

    @Test
    void parse_unknownArgument_isNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--wrkspace", "x")))
                .hasMessage("unknown argument \"--wrkspace\"");
    }

    @Test
    void parse_workspaceTwice_isRejected() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--workspace", "a", "--workspace", "b")))
                .hasMessageContaining("twice");
    }

    @Test
    void parse_aPathThisSystemCannotUse_isAUsageErrorThatSaysSo() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--workspace", "a\u0000b.db")))
                .isInstanceOf(LaunchOptions.UsageException.class)
                .hasMessageStartingWith("the path \"a\u0000b.db\" cannot be used on this system: ");
    }

    @Test
    void parse_withoutDiagnose_watchesNothing() throws Exception {
        assertThat(LaunchOptions.parse(List.of("--workspace", "a.db")).diagnoseMs()).isZero();
    }

    @Test
    void parse_diagnose_bareOrWithAThreshold() throws Exception {
        assertThat(LaunchOptions.parse(List.of("--diagnose")).diagnoseMs()).isEqualTo(LaunchOptions.DIAGNOSE_DEFAULT_MS);
        assertThat(LaunchOptions.parse(List.of("--diagnose=120", "--workspace", "a.db")).diagnoseMs()).isEqualTo(120);
    }

    @Test
    void parse_diagnoseWithABadValue_saysWhatItTakes() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--diagnose=fast")))
                .isInstanceOf(LaunchOptions.UsageException.class)
                .hasMessage("--diagnose takes the shortest stall to log in milliseconds, from 1 to 10000 "
                        + "(as --diagnose=100), not \"fast\"");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--diagnose=0"))).hasMessageEndingWith("not \"0\"");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--diagnose", "--diagnose=5")))
                .hasMessage("--diagnose given twice");
    }

    /** As a file manager starts the installed app on a double-clicked workspace (Exec=parley %f). */
    @Test
    void parse_aBareWorkspaceName_opensIt() throws Exception {
        assertThat(LaunchOptions.parse(List.of("talks.parley")).workspace())
                .contains(Path.of("talks.parley").toAbsolutePath());
        assertThat(LaunchOptions.parse(List.of("--diagnose", "old talks.db")).workspace())
                .contains(Path.of("old talks.db").toAbsolutePath());
    }

    @Test
    void parse_aBareFileThatExists_opensItWhateverItsName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("talks-2018"), "x");
        assertThat(LaunchOptions.parse(List.of(file.toString())).workspace()).contains(file);
    }

    /** A mistyped command is never taken for a new workspace to create. */
    @Test
    void parse_aBareWordThatIsNoWorkspace_isAUsageError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("chek")))
                .hasMessage("unknown argument \"chek\": not an option, a command (export, import, check, brief)"
                        + " or a workspace file (NAME.parley)");
    }

    @Test
    void parse_twoWorkspaces_isAUsageError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--workspace", "a.parley", "b.parley")))
                .hasMessageStartingWith("two workspaces given: \"b.parley\" and ");
    }
}
