package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Refused;

class CsvExportsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Half goes through       | Half goes through.csv",
        "A/B: 50%?               | A_B_ 50%_.csv",
        "'  '                    | scenario.csv",
        ".hidden                 | scenario.hidden.csv",
        "Côte d'Ivoire first     | Côte d'Ivoire first.csv",
    })
    void aScenarioName_becomesAFileNameEveryFileSystemTakes(String name, String expected) {
        assertThat(CsvExports.fileName(name)).isEqualTo(expected);
    }

    @Test
    void aScenarioIsWrittenToAPrivateFile() throws Exception {
        try (SampleDesk desk = new SampleDesk(dir)) {
            long id = new ScenarioEdits(desk.editor).addUsualScenarios().get(0);
            Path file = dir.resolve("totals.csv");
            CsvExports.scenario(desk.editor.data(), id, file);
            assertThat(Files.readString(file)).startsWith("\uFEFFMission,Name,Dollars cut (USD),");
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void anUnknownScenario_isRefused() throws Exception {
        try (SampleDesk desk = new SampleDesk(dir)) {
            assertThrows(Refused.class,
                    () -> CsvExports.scenario(desk.editor.data(), 987_654, dir.resolve("x.csv")));
            assertThat(dir.resolve("x.csv")).doesNotExist();
        }
    }
}
