package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.Refused;

/**
 * Allocating the US top-line cut is one undoable gesture written to the file; deleting a mission
 * its by-hand allocation names rescales the other parts in the same gesture (decision 0025).
 */
class AllocationEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private ProposalEdits proposals;
    private BudgetEdits budgets;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        proposals = new ProposalEdits(desk.editor);
        budgets = new BudgetEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private Amendment usCut() throws Exception {
        return desk.reload().proposal(desk.proposal("US").id()).orElseThrow().amendments().get(0);
    }

    @Test
    void allocatingByHand_isStored_andUndoIsExact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Map<Long, Long> parts = new LinkedHashMap<>();
        parts.put(desk.mission("UNIFIL").id(), 50_000_000L);
        parts.put(desk.mission("UNSOS").id(), 79_000_000L);

        proposals.updateAmendment(usCut().withAllocation(Allocation.byHand(parts)));

        assertThat(usCut().allocation()).isEqualTo(Allocation.byHand(parts));
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deletingAMissionTheHandAllocationNames_givesItsPartToTheOthers_inOneGesture() throws Exception {
        Map<Long, Long> parts = new LinkedHashMap<>();
        long unifil = desk.mission("UNIFIL").id();
        long unsos = desk.mission("UNSOS").id();
        long support = desk.mission("SUPPORT").id();
        parts.put(unifil, 50_000_000L);
        parts.put(unsos, 50_000_000L);
        parts.put(support, 29_000_000L);
        proposals.updateAmendment(usCut().withAllocation(Allocation.byHand(parts)));
        Map<String, List<String>> before = desk.dump();

        budgets.deleteMission(unifil);

        // 129,000,000 over 50 : 29 (millions): UNSOS 81,645,569.6 -> 81,645,570 (the larger
        // remainder takes the dollar left), SUPPORT 47,354,430.4 -> 47,354,430
        assertThat(usCut().allocation().parts()).containsExactly(Map.entry(unsos, 81_645_570L),
                Map.entry(support, 47_354_430L));
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void partsThatDoNotAddUpToTheCut_cannotBeMade() throws Exception {
        Amendment cut = usCut();
        assertThatThrownBy(() -> cut.withAllocation(Allocation.byHand(Map.of(desk.mission("UNIFIL").id(), 5L))))
                .isInstanceOf(Refused.class).hasMessageContaining("add up to $5, not the cut's $129,000,000");
    }
}
