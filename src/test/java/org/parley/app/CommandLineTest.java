package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.io.UserMessages;
import org.parley.store.Workspace;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley export|import|check}, run in-process: exit codes, messages, and nothing half-written. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sampleWorkspace(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Workspace w = Workspace.open(file)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        return file;
    }

    @Test
    void commandWordsAreRecognisedAndWindowOptionsAreNot() {
        assertTrue(CommandLine.isCommand(List.of("check", "--workspace", "x")));
        assertFalse(CommandLine.isCommand(List.of("--workspace", "x")));
        assertFalse(CommandLine.isCommand(List.of()));
    }

    @Test
    void exportThenImportThenExportGivesTheSameFile() throws Exception {
        Path a = sampleWorkspace("a.parley");
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertEquals(0, run("export", "--workspace", a.toString(), "--out", first.toString()), err());
        Path b = dir.resolve("b.parley");
        assertEquals(0, run("import", "--workspace", b.toString(), "--file", first.toString()), err());
        assertTrue(out().contains("imported \"Peacekeeping budgets 2018/19\" as negotiation"), out());
        assertEquals(0, run("export", "--workspace", b.toString(), "--negotiation", "1", "--out=" + second), err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void exportAllWritesAWorkspaceFile() throws Exception {
        Path a = sampleWorkspace("a.parley");
        Path all = dir.resolve("all.json");
        assertEquals(0, run("export", "--workspace", a.toString(), "--all", "--out", all.toString()), err());
        assertTrue(Files.readString(all).contains("\"format\": \"parley-workspace\""));
    }

    @Test
    void importReplaceSwapsTheNegotiation() throws Exception {
        Path a = sampleWorkspace("a.parley");
        Path file = dir.resolve("n.json");
        run("export", "--workspace", a.toString(), "--out", file.toString());
        assertEquals(0, run("import", "--workspace", a.toString(), "--file", file.toString(), "--replace", "1"), err());
        assertTrue(out().startsWith("replaced negotiation 1 by"), out());
        try (Workspace w = Workspace.open(a)) {
            assertEquals(1, w.negotiations().list().size());
        }
    }

    @Test
    void checkReportsIntegritySchemaAndCountsAndExitsZero() throws Exception {
        Path a = sampleWorkspace("a.parley");
        assertEquals(0, run("check", "--workspace", a.toString()), err());
        assertTrue(out().contains("integrity: ok"), out());
        assertTrue(out().contains("schema version: " + org.parley.store.Migrations.SCHEMA_VERSION), out());
        assertTrue(out().matches("(?s).*negotiation 1 \"Peacekeeping budgets 2018/19\": \\d+ missions, \\d+ lines.*"),
                out());
    }

    @Test
    void checkOnAFileThatIsNotAWorkspaceFails() throws Exception {
        Path junk = dir.resolve("junk.parley");
        Files.writeString(junk, "this is not SQLite, just text that is long enough to have a header at all");
        assertEquals(1, run("check", "--workspace", junk.toString()));
        assertTrue(err().contains("junk.parley"), err());
    }

    @Test
    void checkOnAMissingFileFailsAndCreatesNothing() {
        Path missing = dir.resolve("missing.parley");
        assertEquals(1, run("check", "--workspace", missing.toString()));
        assertTrue(err().contains("no such workspace file"), err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void badArgumentsPrintTheUsageAndExitTwo() {
        assertEquals(2, run("export", "--workspace", "a.parley"));
        assertTrue(err().contains("--out is required") && err().contains("Usage: parley export"), err());
        assertEquals(2, run("check", "--colour", "red"));
        assertTrue(err().contains("unknown argument \"--colour\""), err());
        assertEquals(2, run("import", "--workspace"));
        assertEquals(2, run("export", "--workspace", "a", "--out", "b", "--all", "--negotiation", "1"));
        assertEquals(2, run("import", "--workspace", "a", "--file", "b", "--replace", "first"));
    }

    @Test
    void anInvalidFileIsNamedWithThePlaceAndNothingIsImported() throws Exception {
        Path a = sampleWorkspace("a.parley");
        Path bad = dir.resolve("bad.json");
        run("export", "--workspace", a.toString(), "--out", bad.toString());
        Files.writeString(bad, Files.readString(bad).replace("\"version\": 3", "\"version\": \"three\""));
        byte[] before = Files.readAllBytes(a);
        assertEquals(1, run("import", "--workspace", a.toString(), "--file", bad.toString()));
        assertTrue(err().contains("bad.json: $.version: must be a whole number"), err());
        assertArrayEquals(before, Files.readAllBytes(a));
    }

    @Test
    void aBadFileDoesNotCreateTheWorkspace() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": ");
        Path fresh = dir.resolve("fresh.parley");
        assertEquals(1, run("import", "--workspace", fresh.toString(), "--file", bad.toString()));
        assertTrue(err().contains("bad.json: line 1"), err());
        assertFalse(Files.exists(fresh));
    }

    /** Read once: the rows of a file whose last part is bad were written before it was found, into a file of the import's own. */
    @Test
    void aFileBadAtItsEnd_leavesNoWorkspaceAndNothingElseBehind() throws Exception {
        String sample = Files.readString(Path.of("sample-data/negotiation-2018.json"));
        int last = sample.lastIndexOf("\"kind\": \"PLENARY\"");
        assertTrue(last > sample.indexOf("\"proposals\""), "the sample ends with a plenary event");
        Path bad = dir.resolve("bad-end.json");
        Files.writeString(bad, sample.substring(0, last) + "\"kind\": \"NOT_A_KIND\""
                + sample.substring(last + "\"kind\": \"PLENARY\"".length()));
        Path fresh = dir.resolve("fresh.parley");

        assertEquals(1, run("import", "--workspace", fresh.toString(), "--file", bad.toString()));

        assertTrue(err().contains("bad-end.json: $.events[16].kind"), err());
        assertTrue(err().contains("nothing was imported"), err());
        try (var left = Files.list(dir)) {
            assertEquals(List.of("bad-end.json"), left.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aGoodFileIntoANewWorkspace_leavesOnlyTheWorkspace() throws Exception {
        Path fresh = dir.resolve("fresh.parley");
        assertEquals(0, run("import", "--workspace", fresh.toString(), "--file", "sample-data/negotiation-2018.json"),
                err());
        assertTrue(out().contains("imported \"Peacekeeping budgets 2018/19\" as negotiation 1"), out());
        try (var left = Files.list(dir)) {
            assertEquals(List.of("fresh.parley"), left.map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".lock")).toList());
        }
        assertEquals(0, run("check", "--workspace", fresh.toString()), err());
    }

    @Test
    void anImportIntoANewWorkspace_neverWritesOverAFileThatAppearedMeanwhile() throws Exception {
        Path taken = dir.resolve("taken.parley");
        Files.writeString(taken, "someone else's");
        org.parley.service.ExchangeException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.parley.service.ExchangeException.class, () -> org.parley.service.Exchange.importIntoNew(taken,
                        Path.of("sample-data/negotiation-2018.json")));
        assertTrue(e.getMessage().contains("appeared while the import ran"), e.getMessage());
        assertEquals("someone else's", Files.readString(taken));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("taken.parley"), left.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path a = sampleWorkspace("a.parley");
        assertEquals(1, run("import", "--workspace", a.toString(), "--file", dir.resolve("nope.json").toString()));
        assertTrue(err().contains("nope.json"), err());
    }

    @Test
    void anExportToAnUnwritablePlaceFailsAndWritesNothing() throws Exception {
        Path a = sampleWorkspace("a.parley");
        Path out = dir.resolve("no-such-folder").resolve("x.json");
        assertEquals(1, run("export", "--workspace", a.toString(), "--out", out.toString()));
        assertTrue(err().contains("x.json"), err());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportingAnUnknownNegotiationFails() throws Exception {
        Path a = sampleWorkspace("a.parley");
        assertEquals(1, run("export", "--workspace", a.toString(), "--negotiation", "99", "--out",
                dir.resolve("x.json").toString()));
        assertTrue(err().contains("no negotiation 99"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export", "import", "brief"})
    void aPathThisSystemCannotUse_isAUsageErrorInPlainWords(String command) throws Exception {
        Path a = sampleWorkspace("a.parley");
        String bad = dir + "/out\u0000.json";
        List<String> args = switch (command) {
            case "check" -> List.of("check", "--workspace", bad);
            case "export" -> List.of("export", "--workspace", a.toString(), "--out", bad);
            case "import" -> List.of("import", "--workspace", a.toString(), "--file", bad);
            default -> List.of("brief", "--workspace", a.toString(), "--daily", "--pdf", bad);
        };

        assertEquals(CommandLine.USAGE_ERROR, run(args.toArray(String[]::new)));
        assertTrue(err().contains("cannot be used on this system: "), err());
        err().lines().forEach(line -> UserMessages.assertPlain(line, command));
    }

    @Test
    void aNonAsciiPathUnderTheCLocale_isAUsageErrorInAChildJvm() throws Exception {
        Path workspace = dir.resolve("d\u00e9l\u00e9gation.parley");
        Map<String, String> cLocale = Map.of("LANG", "C", "LC_ALL", "C");
        List<String> ascii = List.of("-Dsun.jnu.encoding=ANSI_X3.4-1968", "-Dfile.encoding=ANSI_X3.4-1968");

        ChildParley check = ChildParley.run(dir, ascii, cLocale, "check", "--workspace", workspace.toString());
        ChildParley window = ChildParley.run(dir, ascii, cLocale, "--workspace", workspace.toString());

        for (ChildParley parley : List.of(check, window)) {
            assertEquals(CommandLine.USAGE_ERROR, parley.exitCode(), parley.err());
            assertTrue(parley.err().contains("cannot be used on this system: "), parley.err());
            parley.err().lines().forEach(line -> UserMessages.assertPlain(line, "LANG=C"));
        }
    }
}
