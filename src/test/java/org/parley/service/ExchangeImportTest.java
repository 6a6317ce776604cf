package org.parley.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.NegotiationData;
import org.parley.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeImportTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private static String rich() throws Exception {
        return new String(NegotiationJsonWriter.write(RichSample.data()), StandardCharsets.UTF_8);
    }

    @Test
    void theVersion1SampleFileStillImports() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            List<Long> ids = Exchange.importAsNew(w, Path.of("sample-data", "negotiation-2018.json"));
            assertEquals(NegotiationJson.readSample().missions().size(), w.loadNegotiation(ids.get(0)).missions().size());
        }
    }

    @Test
    void replacingSwapsOneNegotiationAndLeavesTheOthersAlone() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            long keep = w.insertNegotiation(NegotiationJson.readSample());
            long old = w.insertNegotiation(NegotiationJson.readSample());
            NegotiationData kept = w.loadNegotiation(keep);
            long replacement = Exchange.importReplacing(w, old, file("rich.json", rich()));
            assertEquals(2, w.negotiations().list().size());
            assertEquals(1, w.loadNegotiation(replacement).compromises().size());
            assertEquals(kept.missions(), w.loadNegotiation(keep).missions());
        }
    }

    @Test
    void aFileThatFailsChangesNothingAndNamesThePlaceAndTheRule() throws Exception {
        String bad = rich().replace("\"sgProposed\": {\n          \"usd\": ", "\"sgProposed\": {\n          \"usd\": -");
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            long id = w.insertNegotiation(RichSample.data());
            Map<String, List<String>> before = DatabaseDump.of(w.file());
            ImportException e = assertThrows(ImportException.class,
                    () -> Exchange.importReplacing(w, id, file("bad.json", bad)));
            assertEquals("$.missions[0].baselines.sgProposed.usd: must not be negative", // MONUSCO has one since decision 0025
                    e.location() + ": " + e.problem());
            assertEquals(before, DatabaseDump.of(w.file()));
        }
    }

    @Test
    void aNewerVersionIsReportedAsNewer() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> Exchange.read(file("new.json", rich().replace("\"version\": 3", "\"version\": 4"))));
        assertEquals("$.version", e.location());
        assertTrue(e.problem().contains("newer than this Parley supports"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingIt() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> Exchange.read(file("x.json",
                rich().replace("\"name\": \"Middle ground\",", "\"name\": \"Middle ground\", \"colour\": \"red\","))));
        assertEquals("$.scenarios[0].colour", e.location());
        assertTrue(e.problem().startsWith("unknown field \"colour\""), e.getMessage());
    }

    @Test
    void aVersion1FileWithVersion2PartsIsRefused() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> Exchange.read(file("v1.json", versionTwoFile().replace("\"version\": 2", "\"version\": 1"))));
        assertEquals("$.positions: is new in version 2; this document says \"version\": 1",
                e.location() + ": " + e.problem());
    }

    /** A real export of the Parley before format version 3 (its event kinds are those of versions 1 and 2). */
    private static String versionTwoFile() throws Exception {
        try (var in = ExchangeImportTest.class.getResourceAsStream("/org/parley/io/negotiation-2018-v2.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anErrorInAWorkspaceFileIsPlacedFromItsRoot() throws Exception {
        String one = rich();
        String broken = one.replace("\"stance\": \"RED_LINE\"", "\"stance\": \"MAYBE\"");
        String all = "{\"format\": \"parley-workspace\", \"version\": 1, \"negotiations\": [" + one + "," + broken + "]}";
        ImportException e = assertThrows(ImportException.class, () -> Exchange.read(file("all.json", all)));
        assertEquals("$.negotiations[1].positions[0].stance", e.location());
    }

    @Test
    void aDanglingReferenceToAnAmendmentIsNamed() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> Exchange.read(
                file("x.json", rich().replace("\"amendment\": \"RU-1.1\",\n      \"description\"",
                        "\"amendment\": \"RU-9.9\",\n      \"description\""))));
        assertEquals("$.compromises[0].amendment: unknown amendment \"RU-9.9\"", e.location() + ": " + e.problem());
    }

    @Test
    void onlyAFileWithOneNegotiationCanReplace() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            long id = w.insertNegotiation(NegotiationJson.readSample());
            w.insertNegotiation(NegotiationJson.readSample());
            Path all = dir.resolve("all.json");
            Exchange.exportWorkspace(w, all);
            Map<String, List<String>> before = DatabaseDump.of(w.file());
            assertThrows(ExchangeException.class, () -> Exchange.importReplacing(w, id, all));
            assertEquals(before, DatabaseDump.of(w.file()));
        }
    }

    @Test
    void anExportIsReadableByTheUserOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out.json");
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            Exchange.exportNegotiation(w, w.insertNegotiation(NegotiationJson.readSample()), out);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void anExportThatCannotBeWrittenLeavesTheOldFile() throws Exception {
        Path out = dir.resolve("missing-folder").resolve("out.json");
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            long id = w.insertNegotiation(NegotiationJson.readSample());
            assertThrows(ExchangeException.class, () -> Exchange.exportNegotiation(w, id, out));
        }
        assertTrue(Files.notExists(out));
    }
}
