package org.parley.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.service.Editor;
import org.parley.service.ProposalEdits;
import org.parley.service.SampleDesk;
import org.parley.store.Workspace;

/** The Changes tab on a real workspace: the sample replays 26 Jun 2018, so its "now" is the desk's. */
class ChangesViewModelTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // 27 Nov 2026 08:30 in New York
    private static final Instant MORNING = Instant.parse("2026-11-27T13:30:00Z");

    @TempDir
    Path dir;
    private SampleDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir, Clock.fixed(MORNING, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void defaultSince_isYesterday1800InTheNegotiationsZone() {
        assertThat(ChangesViewModel.defaultSince(MORNING, NEW_YORK))
                .isEqualTo(ZonedDateTime.of(2026, 11, 26, 18, 0, 0, 0, NEW_YORK));
    }

    @Test
    void inAReplay_sinceIsYesterday1800OnTheDesksClock_andAChangeShowsTheDeskTimeAndTheRealTime() throws Exception {
        ChangesViewModel vm = new ChangesViewModel(desk.editor);
        desk.editor.addListener(vm::onApplied);
        // the desk replays 26 Jun 2018 09:00 New York: "yesterday" is 25 Jun 2018, not 26 Nov 2026
        assertThat(vm.sinceProperty().get()).isEqualTo(ZonedDateTime.of(2018, 6, 25, 18, 0, 0, 0, NEW_YORK));
        assertThat(vm.getRows()).isEmpty();
        Proposal ru = desk.editor.data().proposals().get(0);

        new ProposalEdits(desk.editor).moveAmendment(ru.amendments().get(0).id(), ru.id(), 3);

        assertThat(vm.getRows()).singleElement().satisfies(r -> {
            assertThat(r.when()).isEqualTo("26 Jun 2018 09:00 (desk) · made 27 Nov 2026 08:30");
            assertThat(r.description()).startsWith("Move amendment ");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("1 change since 25 Jun 2018 18:00 New York");
    }

    @Test
    void onALiveDesk_aChangeShowsTheTimeItWasMade_inTheOneStyle() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Negotiation n = sample.negotiation();
        NegotiationData live = sample.withNegotiation(new Negotiation(n.id(), n.title(), n.body(), n.sessionStart(),
                n.deadline(), n.zone(), null, n.currency(), n.marking()));
        try (Workspace ws = Workspace.open(dir.resolve("live.parley"))) {
            long id = ws.insertNegotiation(live);
            Editor editor = new Editor(ws, ws.loadNegotiation(id), Clock.fixed(MORNING, ZoneOffset.UTC));
            ChangesViewModel vm = new ChangesViewModel(editor);
            editor.addListener(vm::onApplied);
            assertThat(vm.sinceProperty().get()).isEqualTo(ZonedDateTime.of(2026, 11, 26, 18, 0, 0, 0, NEW_YORK));
            Proposal ru = editor.data().proposals().get(0);

            new ProposalEdits(editor).moveAmendment(ru.amendments().get(0).id(), ru.id(), 3);

            assertThat(vm.getRows()).singleElement().extracting(ChangesViewModel.Row::when)
                    .isEqualTo("27 Nov 2026 08:30");
            assertThat(vm.summaryProperty().get()).isEqualTo("1 change since 26 Nov 2026 18:00 New York");
        }
    }

    @Test
    void aLaterStart_onTheDesksClock_leavesEarlierChangesOut() throws Exception {
        ChangesViewModel vm = new ChangesViewModel(desk.editor);
        desk.editor.addListener(vm::onApplied);
        Proposal ru = desk.editor.data().proposals().get(0);
        new ProposalEdits(desk.editor).moveAmendment(ru.amendments().get(0).id(), ru.id(), 3);

        vm.setSince(java.time.LocalDate.of(2018, 6, 26), java.time.LocalTime.of(9, 1));
        assertThat(vm.getRows()).isEmpty();

        vm.setSince(java.time.LocalDate.of(2018, 6, 26), java.time.LocalTime.of(9, 0));
        assertThat(vm.getRows()).hasSize(1);
    }
}
