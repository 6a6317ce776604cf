package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one date style (decision 0029). */
class DeskTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aTime_readsDayMonthInLettersYearAndTime_inTheNegotiationsZone() {
        Instant at = Instant.parse("2018-06-26T13:00:00Z");

        assertThat(DeskTimes.dateTime(at, NEW_YORK)).isEqualTo("26 Jun 2018 09:00");
        assertThat(DeskTimes.date(at, NEW_YORK)).isEqualTo("26 Jun 2018");
        assertThat(DeskTimes.time(at, NEW_YORK)).isEqualTo("09:00");
        assertThat(DeskTimes.dateTime(at, ZoneId.of("Europe/Zurich"))).isEqualTo("26 Jun 2018 15:00");
    }

    @Test
    void theZonesDay_notUtcs_whenTheZoneIsOnAnotherSideOfMidnight() {
        // 02:30 UTC on 1 July is still 30 June, 22:30, in New York
        Instant at = Instant.parse("2018-07-01T02:30:00Z");

        assertThat(DeskTimes.dateTime(at, NEW_YORK)).isEqualTo("30 Jun 2018 22:30");
        assertThat(DeskTimes.date(at, NEW_YORK)).isEqualTo("30 Jun 2018");
        assertThat(DeskTimes.dateTime(at, ZoneOffset.UTC)).isEqualTo("1 Jul 2018 02:30");
    }

    @Test
    void aClockChange_showsTheWallClockOfEachSide() {
        // New York leaves daylight time at 02:00 EDT on 4 Nov 2018: 01:30 happens twice
        assertThat(DeskTimes.dateTime(Instant.parse("2018-11-04T05:30:00Z"), NEW_YORK)).isEqualTo("4 Nov 2018 01:30");
        assertThat(DeskTimes.dateTime(Instant.parse("2018-11-04T06:30:00Z"), NEW_YORK)).isEqualTo("4 Nov 2018 01:30");
        assertThat(DeskTimes.dateTime(Instant.parse("2018-11-04T07:30:00Z"), NEW_YORK)).isEqualTo("4 Nov 2018 02:30");
        // and enters it at 02:00 EST on 11 Mar 2018: 02:30 never happens
        assertThat(DeskTimes.dateTime(Instant.parse("2018-03-11T06:59:00Z"), NEW_YORK)).isEqualTo("11 Mar 2018 01:59");
        assertThat(DeskTimes.dateTime(Instant.parse("2018-03-11T07:00:00Z"), NEW_YORK)).isEqualTo("11 Mar 2018 03:00");
    }

    @Test
    void monthsAreEnglish_whateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(DeskTimes.dateTime(Instant.parse("2018-02-26T14:00:00Z"), NEW_YORK)).isEqualTo("26 Feb 2018 09:00");
            assertThat(DeskTimes.readDateTime("26 Feb 2018 09:00")).contains(LocalDateTime.of(2018, 2, 26, 9, 0));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "America/New_York | New York",
        "America/Argentina/Buenos_Aires | Buenos Aires",
        "Europe/Zurich | Zurich",
        "UTC | UTC",
        "Etc/UTC | UTC",
        "Z | UTC",
        "+02:00 | UTC+02:00",
    })
    void theZone_readsAsPeopleSayIt_neverTheRawId(String id, String name) {
        assertThat(DeskTimes.zoneName(ZoneId.of(id))).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"26 Jun 2018 09:00", "2018-06-26 09:00", "2018-06-26T09:00", "26 jun 2018 9:00",
        "26 June 2018 09:00", "  26  Jun   2018 09:00 "})
    void whatIsTyped_readsInTheStyleShown_andInIsoAsBefore(String typed) {
        assertThat(DeskTimes.readDateTime(typed)).contains(LocalDateTime.of(2018, 6, 26, 9, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tomorrow", "26/06/2018 09:00", "06/26/2018 09:00", "2018-02-30 09:00", "31 Jun 2018 09:00",
        "26 Jun 2018", "26 Jun 2018 25:00", "26 Jnu 2018 09:00", "Tue 26 Jun 2018 09:00"})
    void whatDoesNotRead_isEmpty(String typed) {
        assertThat(DeskTimes.readDateTime(typed)).isEmpty();
    }

    @Test
    void aDay_readsInTheStyleAndInIso() {
        assertThat(DeskTimes.readDate("25 Jun 2018")).contains(LocalDate.of(2018, 6, 25));
        assertThat(DeskTimes.readDate("2018-06-25")).contains(LocalDate.of(2018, 6, 25));
        assertThat(DeskTimes.readDate("12/4/2026")).isEmpty();
        assertThat(DeskTimes.date(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
    }

    @Test
    void noOtherClassOfParley_makesADateFormatOfItsOwn() throws IOException {
        // what people read goes through DeskTimes; the machine formats (the store's instants, backup
        // file names) stay ISO in their own classes
        List<String> machineFormats = List.of("org/parley/store/Sql.java", "org/parley/store/Backups.java");
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> others = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/parley/model/DeskTimes.java")))
                    .filter(f -> machineFormats.stream().noneMatch(m -> f.endsWith(Path.of(m))))
                    .filter(f -> read(f).contains("ofPattern("))
                    .map(f -> main.relativize(f).toString())
                    .toList();
            assertThat(others).as("classes with a date pattern of their own").isEmpty();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
