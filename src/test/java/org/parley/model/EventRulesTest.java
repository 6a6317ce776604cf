package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventRulesTest {

    /** Session 7 May 2018 09:00 New York, deadline 1 Jul 2018 00:00 New York. */
    private static final Negotiation TALKS = new NegotiationBuilder().build().negotiation();
    private static final String OUTSIDE = "When: must be inside the negotiation: from the session's start "
            + "(7 May 2018 09:00) to a week after the deadline (8 Jul 2018 00:00), New York time";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "2018-05-07T13:00:00Z, null",
            "2018-06-26T14:00:00Z, null",
            "2018-07-01T04:00:00Z, null",
            "2018-07-05T22:00:00Z, null",
            "2018-07-08T04:00:00Z, null",
            "2018-05-07T12:59:59Z, outside",
            "2018-07-08T04:00:01Z, outside",
            "2019-06-26T14:00:00Z, outside"})
    void when_mustBeInsideTheNegotiation(String at, String expected) {
        assertThat(EventRules.when(Instant.parse(at), TALKS)).map(Problem::toString)
                .isEqualTo(expected == null ? List.of() : List.of(OUTSIDE));
    }

    @Test
    void when_isRequired() {
        assertThat(EventRules.when(null, TALKS)).map(Problem::toString)
                .containsExactly("When: a date and time is required");
    }

    @Test
    void event_needsATitle() {
        assertThat(EventRules.event(" ", Instant.parse("2018-06-26T14:00:00Z"), TALKS)).map(Problem::toString)
                .containsExactly("Title: an event title is required");
    }

    @Test
    void everyEventOfTheSample_isInsideItsNegotiation() throws Exception {
        NegotiationData sample = org.parley.io.NegotiationJson.readSample();
        for (TimelineEvent e : sample.events()) {
            assertThat(EventRules.event(e.title(), e.at(), sample.negotiation())).as(e.title()).isEmpty();
        }
    }
}
