package org.parley.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.util.StringConverter;
import org.parley.model.DeskTimes;

/**
 * A day as views show and read it, in the one date style (decision 0029): "26 Jun 2018", and
 * "2018-06-26" still reads. For a DatePicker, so it never shows the machine locale's "12/4/2026".
 */
public final class DayText {

    /** An example of the style, for prompts and messages. */
    public static final String EXAMPLE = DeskTimes.DATE_EXAMPLE;

    private DayText() {
    }

    /** The day as typed, empty when it does not read. */
    public static Optional<LocalDate> read(String text) {
        return DeskTimes.readDate(text);
    }

    /** "26 Jun 2018" both ways; a text that does not read gives null. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DeskTimes.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return read(text).orElse(null);
            }
        };
    }
}
