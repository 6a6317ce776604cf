package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvTable read(String text) throws ImportException {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), "t.csv");
    }

    @ParameterizedTest(name = "delimiter \"{0}\"")
    @ValueSource(strings = {",", ";", "\t"})
    void detectsTheDelimiterOfTheHeaderLine(String d) throws Exception {
        // The amount holds a comma: quoted in a comma file, bare in the others.
        String amount = d.equals(",") ? "\"1,234\"" : "1,234";
        CsvTable t = read("Mission" + d + "Line" + d + "ACABQ\nMONUSCO" + d + "Human rights" + d + amount + "\n");
        assertThat(t.delimiter()).isEqualTo(d.charAt(0));
        assertThat(t.rows().get(0).cells()).containsExactly("MONUSCO", "Human rights", "1,234");
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        assertThat(read("\uFEFFMission,Line\nA,B\n").header()).containsExactly("Mission", "Line");
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInQuotedCells() throws Exception {
        CsvTable t = read("Mission,Line\nA,\"Gender, \"\"core\"\"\nand more\"\nB,C\n");
        assertThat(t.rows().get(0).cells()).containsExactly("A", "Gender, \"core\"\nand more");
        assertThat(t.rows().get(1).cells()).containsExactly("B", "C");
    }

    @Test
    void numbersRowsByTheLineTheyStartOn() throws Exception {
        CsvTable t = read("Mission,Line\r\nA,\"x\ny\"\r\nB,C\r\n\r\nD,E\r\n");
        assertThat(t.rows().stream().map(CsvTable.Row::line).toList()).isEqualTo(List.of(2, 4, 6));
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() {
        byte[] bytes = "Mission,Line\nA,B\nC,D\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(bytes, "t.csv")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("t.csv: line 3: is not UTF-8 text");
    }

    @Test
    void refusesAnUnfinishedQuoteNamingTheLine() {
        assertThatThrownBy(() -> read("Mission,Line\nA,B\nC,\"D\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("t.csv: line 3: not readable as CSV");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("Mission,Line\n\"A\"x,B\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("\uFEFF \n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("the file is empty");
    }
}
