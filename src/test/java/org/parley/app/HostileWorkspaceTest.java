package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace changed behind Parley's back (a plain sqlite3 shell, here plain JDBC): a title with
 * terminal escape sequences and a line break, and amounts no budget has. The commands still read
 * it, print the text escaped, and say what is wrong in words, never with a stack trace.
 */
class HostileWorkspaceTest {

    /** Clears the screen and forges a line of {@code parley check}'s output. */
    private static final String FORGED_TITLE = "Budgets\u001B[2J\u001B[H\nintegrity: ok\u202Etxt.exe";

    @TempDir
    Path dir;

    private Path workspace;
    private final CommandRun command = new CommandRun();

    @BeforeEach
    void sample() throws Exception {
        workspace = dir.resolve("hostile.parley");
        CommandRun.sampleWorkspace(workspace);
    }

    private void sql(String statement, Object... values) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace);
             PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String printed() {
        return command.out() + command.err();
    }

    private static void assertNothingRaw(String printed) {
        assertThat(printed).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\r");
        assertThat(printed.lines()).noneMatch(l -> l.startsWith("integrity: ok") && l.length() > "integrity: ok".length());
    }

    @Test
    void check_printsAForgedTitleEscaped_onOneLine() throws Exception {
        sql("UPDATE negotiation SET title = ?", FORGED_TITLE);

        int exit = run("check", "--workspace", workspace.toString());

        assertThat(exit).isZero();
        String printed = printed();
        assertNothingRaw(printed);
        assertThat(printed).contains("Budgets\\u001B[2J\\u001B[H\\u000Aintegrity: ok\\u202Etxt.exe");
        assertThat(printed.lines().filter(l -> l.startsWith("integrity: "))).containsExactly("integrity: ok");
    }

    @Test
    void export_andImport_nameATitleEscaped() throws Exception {
        sql("UPDATE negotiation SET title = ?", FORGED_TITLE);
        Path json = dir.resolve("out.json");

        assertThat(run("export", "--workspace", workspace.toString(), "--out", json.toString())).isZero();
        assertNothingRaw(printed());

        // The exported file carries the title as it is; importing it is refused at its place.
        Path other = dir.resolve("other.parley");
        assertThat(run("import", "--workspace", other.toString(), "--file", json.toString()))
                .isEqualTo(CommandLine.FAILED);
        assertNothingRaw(printed());
        assertThat(command.err()).contains("$.negotiation.title")
                .contains("U+001B").contains("nothing was imported");
    }

    @Test
    void brief_ofAMissionWithAForgedCode_printsItEscaped() throws Exception {
        sql("UPDATE mission SET code = ? WHERE code = 'MONUSCO'", "MON\u001B[2JUSCO");

        int exit = run("brief", "--workspace", workspace.toString(), "--mission", "NOPE\u001B[2J",
                "--pdf", dir.resolve("x\u001B[2J.pdf").toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertNothingRaw(printed());
        assertThat(printed()).contains("NOPE\\u001B[2J");
    }

    @Test
    void brief_all_withForgedNames_writesFilesAndPrintsTheirNamesEscaped() throws Exception {
        sql("UPDATE mission SET code = ? WHERE code = 'MONUSCO'", "MON\u001B[2JUSCO");
        sql("UPDATE negotiation SET title = ?", FORGED_TITLE);

        int exit = run("brief", "--workspace", workspace.toString(), "--all", "--out", dir.resolve("sheets").toString());

        assertThat(exit).isZero();
        assertNothingRaw(printed());
    }

    @Test
    void brief_ofAHugeAmount_saysWhatIsWrong_withoutAStackTrace() throws Exception {
        sql("UPDATE line_baseline SET usd = ?", Long.MAX_VALUE);
        sql("UPDATE post SET annual_cost_usd = ?", 1_000_000_000_000_000_000L);
        Path pdf = dir.resolve("monusco.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--mission", "MONUSCO", "--pdf", pdf.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        String printed = printed();
        assertThat(printed).contains("$10,000,000,000,000").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("overflow");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void allCommands_onAHugeAmount_endWithAMessage() throws Exception {
        sql("UPDATE mission_baseline SET usd = ?", Long.MAX_VALUE);
        sql("UPDATE post SET annual_cost_usd = ?", 1_000_000_000_000_000_000L);

        for (List<String> args : List.of(
                List.of("check", "--workspace", workspace.toString()),
                List.of("export", "--workspace", workspace.toString(), "--out", dir.resolve("e.json").toString()),
                List.of("brief", "--workspace", workspace.toString(), "--daily", "--pdf", dir.resolve("d.pdf").toString()),
                List.of("brief", "--workspace", workspace.toString(), "--all", "--out", dir.resolve("all").toString()))) {
            int exit = run(args.toArray(String[]::new));
            String printed = printed();
            assertThat(printed).as(args.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("overflow");
            assertThat(exit).as(args + ": " + printed).isIn(CommandLine.OK, CommandLine.FAILED);
        }
    }
}
