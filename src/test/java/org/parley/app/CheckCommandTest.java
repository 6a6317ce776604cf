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

/** {@code parley check} looks and does not touch: an older workspace stays as it was. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void check_onAVersion1Workspace_reportsItsVersion_andLeavesTheFileByteForByte() throws Exception {
        Path file = dir.resolve("old.parley");
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/org/parley/store/workspace-v1.parley")) {
            Files.copy(in, file);
        }
        String before = sha256(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CommandLine.run(List.of("check", "--workspace", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema version: 1 (this Parley: 2)")
                .contains("integrity: ok").contains("16 missions");
        assertThat(sha256(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
