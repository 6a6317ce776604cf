package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;
import org.parley.model.TimelineEvent;

/**
 * The details area in a replay (issue 13, decision 0024): on 26 June 2018 the desk does not know
 * July's final figure nor the adoption, and says from when it will; chosen hours carry the mark.
 */
class SelectionDetailsTest {

    private static final Instant DESK = Instant.parse("2018-06-26T13:00:00Z"); // 09:00 New York
    private static final Instant AFTER_ADOPTION = Instant.parse("2018-07-06T03:00:00Z");
    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    private static String details(Mission m, Instant now) {
        return new SelectionDetails(sample, ProposedCuts.of(sample), () -> now).of(m);
    }

    private static Mission monusco() {
        return sample.missionByCode("MONUSCO").orElseThrow();
    }

    @Test
    void onTheDesksDate_theFinalFigureIsNotYetKnown_andNotShown() {
        String text = details(monusco(), DESK);

        assertThat(text).doesNotContain("1,090,000,000").doesNotContain("GA/AB/4324")
                .contains("Final approved: not yet known on the desk's date (known from 5 Jul 2018 22:00)")
                .contains("General Assembly adopts the peacekeeping budgets  (not yet known: known from");
    }

    @Test
    void afterTheAdoption_theFinalFigureShowsWithItsSource() {
        String text = details(monusco(), AFTER_ADOPTION);

        assertThat(text).contains("Final approved: $1,090,000,000").contains("GA/AB/4324")
                .doesNotContain("not yet known");
    }

    @Test
    void anEventWhoseHourIsChosen_carriesTheIllustrativeMark() {
        TimelineEvent adopts = sample.events().stream()
                .filter(e -> e.title().startsWith("General Assembly adopts")).findFirst().orElseThrow();

        String text = new SelectionDetails(sample, ProposedCuts.of(sample), () -> DESK).of(adopts);

        assertThat(text).contains("Not yet known on the desk's date: known from 5 Jul 2018 22:00")
                .contains("5 Jul 2018 22:00* — plenary")
                .contains(SelectionDetails.TIME_NOTE);
    }

    @Test
    void aProposalWhoseTablingDateIsChosen_carriesTheMark_andOneAsRecordedDoesNot() {
        org.parley.model.Proposal ru = sample.proposals().get(0); // tabled 25 June 10:00 New York, chosen
        SelectionDetails details = new SelectionDetails(sample, ProposedCuts.of(sample), () -> DESK);

        assertThat(details.of(ru)).contains("\nTabled 25 Jun 2018 10:00*, opening bid\n" + SelectionDetails.TIME_NOTE);
        assertThat(details.of(ru.withTiming(org.parley.model.EventTiming.STATED)))
                .contains("\nTabled 25 Jun 2018 10:00, opening bid\nSource: ") // the note only under the events
                .doesNotContain("10:00*, opening bid");
    }
}
