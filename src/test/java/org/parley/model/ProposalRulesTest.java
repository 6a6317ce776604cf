package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalRulesTest {

    private NegotiationData data;
    private long ru;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        ru = b.delegation("RU", "Russian Federation").id();
        // Session from 7 May 2018 09:00 to the deadline, 1 Jul 2018 00:00 New York time; talks may
        // overrun it by a week (in 2018 the budgets were agreed on 4 July).
        data = b.build();
    }

    @ParameterizedTest(name = "\"{0}\" by \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "2018-06-26 09:00 | Cuts | ''",
        "2018-05-07 09:00 | Cuts | ''",
        "2018-07-01 00:00 | Cuts | ''",
        "2018-07-04 02:00 | Cuts | ''",
        "2018-07-08 00:00 | Cuts | ''",
        "2018-07-08 00:01 | Cuts | Tabled on: must fall within the negotiation, 7 May 2018 09:00 to 8 Jul 2018 00:00 New York time",
        "2018-05-07 08:59 | Cuts | Tabled on: must fall within the negotiation, 7 May 2018 09:00 to 8 Jul 2018 00:00 New York time",
        "26/06/2018 | Cuts | Tabled on: \"26/06/2018\" is not a date and time; write it as 26 Jun 2018 09:00",
        "2018-02-30 09:00 | Cuts | Tabled on: \"2018-02-30 09:00\" is not a date and time; write it as 26 Jun 2018 09:00",
        "'' | Cuts | Tabled on: required: the date and time, e.g. 26 Jun 2018 09:00",
        "2018-06-26 09:00 | '  ' | Title: required: a short name for the proposal",
    })
    void checkEntry_namesTheFieldAndTheRule(String tabled, String title, String expected) {
        var problems = ProposalRules.checkEntry(data, ru, title, tabled, "A/C.5/72/L.1", false);
        if (expected.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::toString).containsExactly(expected);
        }
    }

    @Test
    void checkEntry_wantsADelegation() {
        assertThat(ProposalRules.checkEntry(data, null, "Cuts", "2018-06-26 09:00", "", true))
                .extracting(Problem::toString).containsExactly("Delegation: required: who tables the proposal");
    }

    @Test
    void checkEntry_wantsASource_unlessIllustrative() {
        assertThat(ProposalRules.checkEntry(data, ru, "Cuts", "2018-06-26 09:00", "", false))
                .extracting(Problem::field).containsExactly("Source");
    }

    @Test
    void parseTabled_readsTheTimeInTheNegotiationsZone() {
        Instant at = ProposalRules.parseTabled("2018-06-26 09:00", NegotiationBuilder.NEW_YORK);
        assertThat(at).isEqualTo(Instant.parse("2018-06-26T13:00:00Z"));
        assertThat(ProposalRules.tabledText(at, NegotiationBuilder.NEW_YORK)).isEqualTo("26 Jun 2018 09:00");
    }

    @Test
    void parseTabled_refusesNonsense() {
        assertThatThrownBy(() -> ProposalRules.parseTabled("tomorrow", NegotiationBuilder.NEW_YORK))
                .hasMessageContaining("26 Jun 2018 09:00");
    }
}
