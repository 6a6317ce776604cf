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
import org.parley.model.Proposal;
import org.parley.service.ProposalEdits;
import org.parley.service.SampleDesk;

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
    void aGesture_appearsInTheList_withItsTimeInTheNegotiationsZone() throws Exception {
        ChangesViewModel vm = new ChangesViewModel(desk.editor, Clock.fixed(MORNING, ZoneOffset.UTC));
        desk.editor.addListener(vm::onApplied);
        assertThat(vm.getRows()).isEmpty();
        Proposal ru = desk.editor.data().proposals().get(0);

        new ProposalEdits(desk.editor).moveAmendment(ru.amendments().get(0).id(), ru.id(), 3);

        assertThat(vm.getRows()).singleElement().satisfies(r -> {
            assertThat(r.when()).isEqualTo("Fri 27 Nov 08:30");
            assertThat(r.description()).startsWith("Move amendment ");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("1 change since Thu 26 Nov 18:00 (America/New_York)");
    }

    @Test
    void aLaterStart_leavesEarlierChangesOut() throws Exception {
        ChangesViewModel vm = new ChangesViewModel(desk.editor, Clock.fixed(MORNING, ZoneOffset.UTC));
        desk.editor.addListener(vm::onApplied);
        Proposal ru = desk.editor.data().proposals().get(0);
        new ProposalEdits(desk.editor).moveAmendment(ru.amendments().get(0).id(), ru.id(), 3);

        vm.setSince(java.time.LocalDate.of(2026, 11, 27), java.time.LocalTime.of(9, 0));

        assertThat(vm.getRows()).isEmpty();
    }
}
