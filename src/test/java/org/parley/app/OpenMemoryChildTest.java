package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.ScaleBenchmark;
import org.parley.io.NegotiationJson;
import org.parley.io.UserMessages;
import org.parley.store.Workspace;

/**
 * A negotiation too large for the memory given is said with its size before it is read, in a
 * real JVM with a small heap; the same heap opens the sample.
 */
class OpenMemoryChildTest {

    @TempDir
    Path dir;

    @Test
    void aNegotiationTooLargeForTheHeap_isRefusedWithItsSize_andTheSampleOpensInTheSameHeap() throws Exception {
        Path big = dir.resolve("big.db");
        try (Workspace w = Workspace.open(big)) {
            w.insertNegotiation(ScaleBenchmark.generate(200, 19, 7, 12));
        }
        byte[] before = Files.readAllBytes(big);
        Path pdfs = Files.createDirectory(dir.resolve("briefs"));

        ChildParley refused = ChildParley.run(dir, List.of("-Xmx64m"), Map.of(),
                "brief", "--workspace", big.toString(), "--all", "--out", pdfs.toString());

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(CommandLine.FAILED);
        assertThat(refused.err()).contains(big.toString()).contains("200 missions").contains("3,800 budget lines")
                .contains("26,600 post rows").contains("Parley may use").contains("-Xmx").contains("Nothing was changed");
        refused.err().lines().forEach(line -> UserMessages.assertPlain(line, "stderr of brief"));
        assertThat(Files.readAllBytes(big)).isEqualTo(before);
        try (var written = Files.list(pdfs)) {
            assertThat(written).as("no sheet half-written").isEmpty();
        }

        Path sample = dir.resolve("sample.db");
        try (Workspace w = Workspace.open(sample)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        ChildParley opened = ChildParley.run(dir, List.of("-Xmx64m"), Map.of(),
                "brief", "--workspace", sample.toString(), "--mission", "MONUSCO", "--pdf",
                dir.resolve("monusco.pdf").toString());
        assertThat(opened.exitCode()).as(opened.err()).isZero();
        assertThat(dir.resolve("monusco.pdf")).isNotEmptyFile();
    }
}
