package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.store.NewIds;

/** Compromise gestures on the real sample: MONUSCO's human-rights line is $9,780,000 (ACABQ), the mission $1.11bn. */
class CompromiseEditsTest {

    private static final long MONUSCO_ACABQ = 1_110_000_000L;
    private static final long HR_ACABQ = 9_780_000L;

    @TempDir
    Path dir;
    private SampleDesk desk;
    private CompromiseEdits edits;
    private Amendment ruHalf;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new CompromiseEdits(desk.editor);
        ruHalf = desk.amendment("RU", "MONUSCO / Human rights");
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void add_isStored_andUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        long id = floated(2500, "−25% instead of −50%");

        assertThat(reload().compromise(id)).get().extracting(Compromise::value, Compromise::floatedBy)
                .containsExactly(2500L, "the coordinator");
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    @Test
    void add_breakingARule_isRefusedWithTheFieldNamed_andStoresNothing() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        assertThatThrownBy(() -> edits.add(ruHalf.id(), "more than all", 15_000, "", SampleDesk.NOW,
                CompromiseStatus.FLOATED)).hasMessage("Value: a percentage must be between 0 and 100");

        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void markAgreed_movesTheMissionsAndTheLinesCurrentFiguresAndStatus_inOneGesture() throws Exception {
        long id = floated(2500, "−25% instead of −50%");

        edits.setStatus(id, CompromiseStatus.AGREED_AD_REF);

        Mission m = reload().missionByCode("MONUSCO").orElseThrow();
        assertThat(m.status()).isEqualTo(MissionStatus.AD_REF);
        assertThat(current(m)).isEqualTo(MONUSCO_ACABQ - HR_ACABQ / 4);
        assertThat(current(humanRights(m))).isEqualTo(HR_ACABQ * 3 / 4);
        assertThat(m.baselines().get(Baseline.CURRENT).orElseThrow().provenance().source())
                .startsWith("after compromise '−25% instead of −50%' agreed ad ref");
        assertThat(desk.editor.undoLabel()).contains("Mark compromise agreed ad ref");
    }

    @Test
    void undoOfMarkAgreed_putsFiguresStatusAndCompromiseBackExactly() throws Exception {
        long id = floated(2500, "quarter");
        Map<String, List<String>> before = DatabaseDump.of(desk.file);
        NegotiationData dataBefore = desk.editor.data();

        edits.setStatus(id, CompromiseStatus.AGREED_AD_REF);
        desk.editor.undo();

        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
        assertThat(desk.editor.data()).isEqualTo(dataBefore);
    }

    @Test
    void markAgreed_sendsTheOtherAgreedCompromiseOfTheAmendmentBack_andCountsOnlyTheNewOne() throws Exception {
        long quarter = floated(2500, "quarter");
        long tenth = floated(1000, "a tenth");
        edits.setStatus(quarter, CompromiseStatus.AGREED_AD_REF);

        edits.setStatus(tenth, CompromiseStatus.AGREED_AD_REF);

        NegotiationData d = reload();
        assertThat(d.compromise(quarter).orElseThrow().status()).isEqualTo(CompromiseStatus.UNDER_CONSIDERATION);
        assertThat(d.compromise(tenth).orElseThrow().status()).isEqualTo(CompromiseStatus.AGREED_AD_REF);
        Mission m = d.missionByCode("MONUSCO").orElseThrow();
        assertThat(current(humanRights(m))).isEqualTo(HR_ACABQ - HR_ACABQ / 10);
        assertThat(current(m)).isEqualTo(MONUSCO_ACABQ - HR_ACABQ / 10);
        assertThat(m.status()).isEqualTo(MissionStatus.AD_REF);
    }

    @Test
    void rejectingAnAgreedCompromise_givesTheFiguresBack_andReopensTheMission() throws Exception {
        long quarter = floated(2500, "quarter");
        edits.setStatus(quarter, CompromiseStatus.AGREED_AD_REF);

        edits.setStatus(quarter, CompromiseStatus.REJECTED);

        Mission m = reload().missionByCode("MONUSCO").orElseThrow();
        assertThat(current(m)).isEqualTo(MONUSCO_ACABQ);
        assertThat(current(humanRights(m))).isEqualTo(HR_ACABQ);
        assertThat(m.status()).isEqualTo(MissionStatus.OPEN);
    }

    @Test
    void editingTheValueOfAnAgreedCompromise_movesTheMissionByTheDifference() throws Exception {
        long id = floated(2500, "quarter");
        edits.setStatus(id, CompromiseStatus.AGREED_AD_REF);
        Compromise c = desk.editor.data().compromise(id).orElseThrow();

        edits.update(new Compromise(id, c.amendmentId(), "a fifth", 2000, c.floatedBy(), c.floatedAt(), c.status()));

        assertThat(current(humanRights(reload().missionByCode("MONUSCO").orElseThrow()))).isEqualTo(HR_ACABQ * 4 / 5);
    }

    @Test
    void deletingAnAgreedCompromise_takesTheAgreementBack_andItsScenarioEntry_inOneUndo() throws Exception {
        long id = floated(2500, "quarter");
        edits.setStatus(id, CompromiseStatus.AGREED_AD_REF);
        long scenario = ProposalEdits.next(desk.editor.newIds(), NewIds.Kind.SCENARIO);
        desk.editor.apply(desk.editor.edit().create(Part.SCENARIOS, new Scenario(scenario,
                "Compromise B", 0, List.of(ScenarioItem.compromise(id, Share.WHOLE)))).build("Add scenario", "x"));
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        edits.delete(id);

        NegotiationData d = reload();
        assertThat(d.compromises()).isEmpty();
        assertThat(d.scenario(scenario).orElseThrow().items()).isEmpty();
        assertThat(current(d.missionByCode("MONUSCO").orElseThrow())).isEqualTo(MONUSCO_ACABQ);
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    @Test
    void deletingTheAmendmentOfAnAgreedCompromise_givesItsFiguresBack_andUndoIsExact() throws Exception {
        long id = floated(2500, "quarter");
        edits.setStatus(id, CompromiseStatus.AGREED_AD_REF);
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        new ProposalEdits(desk.editor).deleteAmendment(ruHalf.id());

        Mission m = reload().missionByCode("MONUSCO").orElseThrow();
        assertThat(current(m)).isEqualTo(MONUSCO_ACABQ);
        assertThat(m.status()).isEqualTo(MissionStatus.OPEN);
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    @Test
    void agreeingACompromiseOnTheTopLine_movesNoMission() throws Exception {
        Amendment topLine = desk.proposal("US").amendments().get(0);
        List<Mission> missions = desk.editor.data().missions();

        edits.add(topLine.id(), "half the top line", 64_500_000, "the coordinator", SampleDesk.NOW,
                CompromiseStatus.AGREED_AD_REF);

        assertThat(reload().missions()).isEqualTo(missions);
    }

    private long floated(long value, String description) throws Exception {
        return edits.add(ruHalf.id(), description, value, "the coordinator", SampleDesk.NOW, CompromiseStatus.FLOATED);
    }

    private NegotiationData reload() throws Exception {
        NegotiationData loaded = desk.workspace.loadNegotiation(desk.editor.negotiationId());
        assertThat(loaded.missions()).isEqualTo(desk.editor.data().missions());
        assertThat(loaded.compromises()).containsExactlyInAnyOrderElementsOf(desk.editor.data().compromises());
        return loaded;
    }

    private static long current(Mission m) {
        return m.baselines().get(Baseline.CURRENT).map(Figure::usd).orElseThrow();
    }

    private static long current(BudgetLine l) {
        return l.baselines().get(Baseline.CURRENT).map(Figure::usd).orElseThrow();
    }

    private static BudgetLine humanRights(Mission m) {
        return m.lines().stream().filter(l -> l.name().equals("Human rights")).findFirst().orElseThrow();
    }
}
