package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.CompromiseStatus;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Provenance;
import org.parley.store.Workspace;

/**
 * Taking agreements back across the floor at zero: MONUSCO's human-rights line is $9,780,000;
 * cuts of $6M, $7M and $1M agreed on it floor it at $0. Whatever the order of withdrawal, the
 * line reads its figure less what the agreements still standing cut (never below zero), the
 * mission the same without a floor, and undo/redo of each withdrawal are exact.
 */
class CompromiseTakeBackTest {

    private static final long MONUSCO = 1_110_000_000L;
    private static final long HR = 9_780_000L;
    private static final long[] CUTS = {6_000_000L, 7_000_000L, 1_000_000L};

    @TempDir
    Path dir;

    static Stream<List<Integer>> orders() {
        return Stream.of(List.of(0, 1), List.of(1, 0), List.of(0, 2), List.of(2, 0),
                List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1),
                List.of(2, 1, 0));
    }

    @ParameterizedTest(name = "withdraw in order {0}")
    @MethodSource("orders")
    void withdrawingAgreementsInAnyOrder_acrossTheFloor_givesBackExactly(List<Integer> order) throws Exception {
        try (SampleDesk desk = new SampleDesk(dir)) {
            CompromiseEdits edits = new CompromiseEdits(desk.editor);
            long[] compromises = floated(desk, order);
            Map<String, List<String>> beforeAgreeing = desk.dump();
            List<Integer> agreed = new ArrayList<>();
            for (int i : order) {
                edits.setStatus(compromises[i], CompromiseStatus.AGREED_AD_REF);
                agreed.add(i);
                assertFigures(desk, agreed);
            }
            for (int i : order) {
                Map<String, List<String>> before = desk.dump();
                edits.setStatus(compromises[i], CompromiseStatus.REJECTED);
                agreed.remove(Integer.valueOf(i));
                assertFigures(desk, agreed);
                Map<String, List<String>> after = desk.dump();
                desk.editor.undo();
                assertThat(desk.dump()).isEqualTo(before);
                desk.editor.redo();
                assertThat(desk.dump()).isEqualTo(after);
                assertFigures(desk, agreed);
            }
            assertThat(current(line(desk.reload()))).isEqualTo(HR);
            assertThat(current(desk.reload().missionByCode("MONUSCO").orElseThrow())).isEqualTo(MONUSCO);
            for (int k = 0; k < 2 * order.size(); k++) {
                desk.editor.undo();
            }
            assertThat(desk.dump()).isEqualTo(beforeAgreeing);
        }
    }

    @Test
    void anAgreedStateAcrossTheFloor_exportsWhatTheAgreementsDid_andImportsIt() throws Exception {
        Path json = dir.resolve("agreed.json");
        try (SampleDesk desk = new SampleDesk(dir.resolve("desk"))) {
            long[] compromises = floated(desk, List.of(0, 1));
            CompromiseEdits edits = new CompromiseEdits(desk.editor);
            edits.setStatus(compromises[0], CompromiseStatus.AGREED_AD_REF);
            edits.setStatus(compromises[1], CompromiseStatus.AGREED_AD_REF);
            Exchange.exportNegotiation(desk.workspace, desk.editor.negotiationId(), json);
            assertThat(line(desk.reload()).baselines().get(Baseline.CURRENT).orElseThrow().agreed())
                    .isEqualTo(new Figure.Agreed(HR, HR - 13_000_000L));
        }
        String text = Files.readString(json);
        assertThat(text).contains("\"agreed\": {").contains("\"beforeFloor\": " + (HR - 13_000_000L));
        assertThat(SchemaValidator.parley("parley-negotiation-3.schema.json").problems(text)).isEmpty();

        try (Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            NegotiationData back = b.loadNegotiation(Exchange.importAsNew(b, json).get(0));
            Figure hr = line(back).baselines().get(Baseline.CURRENT).orElseThrow();
            assertThat(hr.usd()).isZero();
            assertThat(hr.agreed()).isEqualTo(new Figure.Agreed(HR, HR - 13_000_000L));
        }
    }

    @Test
    void anImportedFigureWhoseAmountIsNotItsFigureBeforeTheFloor_isRefusedAtItsPath() throws Exception {
        Path json = dir.resolve("agreed.json");
        try (SampleDesk desk = new SampleDesk(dir.resolve("desk"))) {
            long[] compromises = floated(desk, List.of(0));
            new CompromiseEdits(desk.editor).setStatus(compromises[0], CompromiseStatus.AGREED_AD_REF);
            Exchange.exportNegotiation(desk.workspace, desk.editor.negotiationId(), json);
        }
        Files.writeString(json, Files.readString(json).replace("\"beforeFloor\": " + (HR - 6_000_000L),
                "\"beforeFloor\": 5"));
        try (Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            assertThatThrownBy(() -> Exchange.importAsNew(b, json)).hasMessageContaining("beforeFloor")
                    .hasMessageContaining("must be the figure's usd (3780000)");
        }
    }

    /** Amount cuts of CUTS[i] on the human-rights line, each with a floated compromise of the same size. */
    private static long[] floated(SampleDesk desk, List<Integer> order) throws Exception {
        CompromiseEdits edits = new CompromiseEdits(desk.editor);
        ProposalEdits proposals = new ProposalEdits(desk.editor);
        Amendment ru = desk.amendment("RU", "MONUSCO / Human rights");
        long proposal = desk.proposal("RU").id();
        long[] compromises = new long[CUTS.length];
        for (int i : order) {
            long a = proposals.addAmendment(proposal, new Amendment(0, ru.target(), AmendmentKind.AMOUNT_CUT,
                    CUTS[i], "", Provenance.illustrative("")));
            compromises[i] = edits.add(a, "cut " + i, CUTS[i], "the chair", SampleDesk.NOW,
                    CompromiseStatus.FLOATED);
        }
        return compromises;
    }

    private static void assertFigures(SampleDesk desk, List<Integer> agreed) throws Exception {
        long cut = agreed.stream().mapToLong(i -> CUTS[i]).sum();
        NegotiationData d = desk.reload();
        Mission m = d.missionByCode("MONUSCO").orElseThrow();
        assertThat(current(line(d))).as("line with %s agreed", agreed).isEqualTo(Math.max(0, HR - cut));
        assertThat(current(m)).as("mission with %s agreed", agreed).isEqualTo(MONUSCO - cut);
    }

    private static BudgetLine line(NegotiationData d) {
        return d.missionByCode("MONUSCO").orElseThrow().lines().stream()
                .filter(l -> l.name().equals("Human rights")).findFirst().orElseThrow();
    }

    private static long current(Mission m) {
        return m.baselines().get(Baseline.CURRENT).map(Figure::usd).orElseThrow();
    }

    private static long current(BudgetLine l) {
        return l.baselines().get(Baseline.CURRENT).map(Figure::usd).orElseThrow();
    }
}
