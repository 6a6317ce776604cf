package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.store.Workspace;

/** {@code parley check} and {@code export} only read: they leave files alone and work beside an open desk. */
class ReadingCommandsTest {

    @TempDir
    Path dir;

    @Test
    void check_onAVersion1Workspace_reportsItsVersion_andLeavesTheFileByteForByte() throws Exception {
        Path file = dir.resolve("old.parley");
        try (InputStream in = ReadingCommandsTest.class.getResourceAsStream("/org/parley/store/workspace-v1.parley")) {
            Files.copy(in, file);
        }
        String before = sha256(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CommandLine.run(List.of("check", "--workspace", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema version: 1 (this Parley: " + org.parley.store.Migrations.SCHEMA_VERSION + ")")
                .contains("integrity: ok").contains("16 missions");
        assertThat(sha256(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void export_whileADeskHasTheWorkspaceOpen_readsItAnyway() throws Exception {
        Path file = dir.resolve("open.parley");
        Path out = dir.resolve("out.json");
        try (Workspace desk = Workspace.open(file)) {
            desk.insertNegotiation(NegotiationJson.readSample());

            int exit = CommandLine.run(List.of("export", "--workspace", file.toString(), "--out", out.toString()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            assertThat(exit).isZero();
            assertThat(Files.readString(out)).contains("\"Peacekeeping budgets 2018/19\"");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
