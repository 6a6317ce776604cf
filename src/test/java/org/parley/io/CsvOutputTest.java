package org.parley.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Share;

class CsvTableTest {

    /** Reads a table back as a spreadsheet would, after the byte-order mark. */
    static List<CSVRecord> readBack(String csv) throws IOException {
        assertEquals(CsvOutput.BOM, csv.charAt(0), "starts with a byte-order mark");
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }

    private static String oneCell(String text) throws IOException {
        return readBack(new CsvOutput().row().text(text).toCsv()).get(0).get(0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://x.example\",\"click\") | '=HYPERLINK(\"http://x.example\",\"click\")",
        "+1+2                                     | '+1+2",
        "-2+3                                     | '-2+3",
        "@SUM(A1:A2)                              | '@SUM(A1:A2)",
        "Côte d'Ivoire                            | Côte d'Ivoire",
        "'quoted' already                         | 'quoted' already",
        "a = b                                    | a = b",
        "−50% (a real minus sign)                 | −50% (a real minus sign)",
    })
    void textThatASpreadsheetWouldRun_isNeutralisedWithAQuote(String text, String expected) throws IOException {
        assertEquals(expected, oneCell(text));
    }

    @Test
    void aTextStartingWithATabOrCarriageReturn_isNeutralisedToo() throws IOException {
        assertEquals("'\t=1", oneCell("\t=1"));
        assertEquals("'\r=1", oneCell("\r=1"));
    }

    @Test
    void quotesCommasAndLineBreaks_surviveTheRoundTrip() throws IOException {
        String text = "He said \"no\", twice;\nthen left\r\n(again)";
        assertEquals(text, oneCell(text));
    }

    @Test
    void aNegativeNumber_staysANumber() throws IOException {
        CSVRecord r = readBack(new CsvOutput().row().number(-2_000_000).number(0).number(Long.MAX_VALUE).toCsv()).get(0);
        assertEquals(List.of("-2000000", "0", Long.toString(Long.MAX_VALUE)), r.toList());
    }

    @Test
    void numbersAreNeverQuoted() {
        assertEquals(CsvOutput.BOM + "-2000000,12.5\r\n",
                new CsvOutput().row().number(-2_000_000).percent(Share.ofBasisPoints(1250)).toCsv());
    }

    @ParameterizedTest(name = "{0} bp → {1}")
    @CsvSource({"0, 0", "5, 0.05", "50, 0.5", "1250, 12.5", "1234, 12.34", "10000, 100", "-300, -3", "-5, -0.05"})
    void basisPoints_becomeAPlainPercentage(int bp, String expected) {
        assertEquals(expected, CsvOutput.percentNumber(bp));
    }

    @Test
    void rowsEndWithCrLf_asRfc4180Says() {
        String csv = new CsvOutput().row().text("a").row().text("b").toCsv();
        assertEquals(CsvOutput.BOM + "a\r\nb\r\n", csv);
    }

    @Test
    void shortRows_arePaddedToTheWidest() throws IOException {
        List<CSVRecord> rows = readBack(new CsvOutput().row().text("a").text("b").text("c").row().text("d").toCsv());
        assertEquals(List.of("d", "", ""), rows.get(1).toList());
    }

    @Test
    void emptyAndNullCells_areEmpty() throws IOException {
        CSVRecord r = readBack(new CsvOutput().row().text(null).empty().text("").text("x").toCsv()).get(0);
        assertEquals(List.of("", "", "", "x"), r.toList());
        assertTrue(r.isConsistent());
    }
}
