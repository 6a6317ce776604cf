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
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.Item;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Provenance;
import org.parley.model.Refused;
import org.parley.model.Stance;

class BudgetEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private BudgetEdits edits;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new BudgetEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void updateMission_storesTheNewFigure_namesItInTheHistory_andUndoIsExact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Mission m = desk.mission("MONUSCO");
        Mission edited = new Mission(m.id(), m.code(), m.name(), m.location(), "Mr. Coordinator", MissionStatus.AD_REF,
                m.baselines().with(Baseline.SG_PROPOSED, Figure.sourced(1_140_000_000, "A/72/770")), List.of(),
                m.notes());

        edits.updateMission(edited);

        Mission stored = desk.reload().mission(m.id()).orElseThrow();
        assertThat(stored.baselines().get(Baseline.SG_PROPOSED)).contains(Figure.sourced(1_140_000_000, "A/72/770"));
        assertThat(stored.coordinator()).isEqualTo("Mr. Coordinator");
        assertThat(stored.lines()).isEqualTo(m.lines());
        // the sample's MONUSCO has an (illustrative) SG figure since decision 0025: the history says it changed
        assertThat(desk.lastChange()).isEqualTo("Edit mission MONUSCO: coordinator, status open → ad ref, "
                + "SG proposed $1,126,600,000 → $1,140,000,000");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void updateMission_withTheCodeOfAnotherMission_isRefused_andNothingIsWritten() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Mission m = desk.mission("MONUSCO");
        Mission clash = new Mission(m.id(), "unmiss", m.name(), m.location(), m.coordinator(), m.status(),
                m.baselines(), m.lines(), m.notes());

        assertThatThrownBy(() -> edits.updateMission(clash)).isInstanceOf(Refused.class)
                .hasMessage("Code: another mission already has the code UNMISS");
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void updateMission_withNothingChanged_isNoGesture() throws Exception {
        edits.updateMission(desk.mission("MONUSCO"));

        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void addLine_appendsIt_andUndoIsExact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Mission m = desk.mission("UNMISS");
        BudgetLine draft = new BudgetLine(0, "Child protection", LineCategory.OTHER,
                Baselines.none().with(Baseline.ACABQ_RECOMMENDED, Figure.illustrative(1_500_000)), List.of());

        long id = edits.addLine(m.id(), draft);

        List<BudgetLine> lines = desk.reload().mission(m.id()).orElseThrow().lines();
        assertThat(lines.get(lines.size() - 1).id()).isEqualTo(id);
        assertThat(lines.get(lines.size() - 1).name()).isEqualTo("Child protection");
        assertThat(desk.lastChange()).isEqualTo("Add line \"Child protection\" to UNMISS");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addLine_aboveItsMissionsFigure_isRefused() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Mission m = desk.mission("MONUSCO");
        long whole = m.baselines().get(Baseline.ACABQ_RECOMMENDED).orElseThrow().usd();
        BudgetLine draft = new BudgetLine(0, "Typo", LineCategory.OTHER,
                Baselines.none().with(Baseline.ACABQ_RECOMMENDED, Figure.illustrative(whole * 10)), List.of());

        assertThatThrownBy(() -> edits.addLine(m.id(), draft)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("ACABQ recommended (USD): must not exceed the mission's ACABQ recommended");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void updateLine_keepsItsPosts() throws Exception {
        BudgetLine hr = desk.line("MONUSCO", "Human rights");
        BudgetLine renamed = new BudgetLine(hr.id(), "Human rights (HRO)", hr.category(), hr.baselines(), List.of());

        edits.updateLine(renamed);

        BudgetLine stored = desk.reload().line(desk.mission("MONUSCO").id(), hr.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Human rights (HRO)");
        assertThat(stored.posts()).isEqualTo(hr.posts());
        assertThat(desk.lastChange()).isEqualTo("Edit line MONUSCO / Human rights: name \"Human rights (HRO)\"");
    }

    @Test
    void deleteLine_takesTheAmendmentsAimingAtItOrItsPosts_withTheirPositions_andUndoIsExact() throws Exception {
        BudgetLine hr = desk.line("MONUSCO", "Human rights");
        Amendment ruCut = amendmentsOnLine(hr.id()).get(0);
        long eu = desk.delegation("EU").id();
        desk.editor.apply(desk.editor.edit().create(Part.POSITIONS,
                new Position(eu, Item.amendment(ruCut.id()), Stance.OPPOSES, "")).build("Record", "Record"));
        Map<String, List<String>> before = desk.dump();
        int onLine = amendmentsOnLine(hr.id()).size();

        assertThat(edits.whatGoesWithLine(hr.id())).isEqualTo(onLine + " amendments, 1 position");
        edits.deleteLine(hr.id());

        NegotiationData data = desk.reload();
        assertThat(data.missionOfLine(hr.id())).isEmpty();
        assertThat(amendmentsOnLine(hr.id())).isEmpty();
        assertThat(data.positions()).isEmpty();
        assertThat(desk.lastChange()).isEqualTo("Delete line MONUSCO / Human rights with " + onLine
                + " amendments, 1 position");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addPost_thenEditIt_thenDeleteIt_eachUndoesExactly() throws Exception {
        BudgetLine gender = desk.line("UNMISS", "Gender");
        Map<String, List<String>> before = desk.dump();
        Post draft = new Post(0, "Women Protection Adviser", Grade.P4, 2, PostStatus.VACANT,
                Figure.illustrative(205_000), Provenance.illustrative("typed in"));

        long id = edits.addPost(gender.id(), draft);
        Map<String, List<String>> added = desk.dump();
        Post stored = postOf(gender.id(), id);
        edits.updatePost(gender.id(), new Post(id, stored.title(), stored.grade(), 3, stored.status(),
                stored.annualCost(), stored.countProvenance()));
        assertThat(postOf(gender.id(), id).count()).isEqualTo(3);
        assertThat(desk.lastChange()).isEqualTo("Edit post UNMISS / Gender / Women Protection Adviser (P-4): count 2 → 3");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(added);
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deletePost_takesTheAmendmentAbolishingIt_andUndoIsExact() throws Exception {
        BudgetLine hr = desk.line("MONUSCO", "Human rights");
        Amendment abolish = amendmentsOnLine(hr.id()).stream().filter(a -> a.target().postId() != null)
                .findFirst().orElseThrow();
        long postId = abolish.target().postId();
        Map<String, List<String>> before = desk.dump();

        assertThat(edits.whatGoesWithPost(postId)).isEqualTo("1 amendment");
        edits.deletePost(hr.id(), postId);

        assertThat(desk.reload().amendment(abolish.id())).isEmpty();
        assertThat(desk.editor.data().line(desk.mission("MONUSCO").id(), hr.id()).orElseThrow().posts())
                .noneMatch(p -> p.id() == postId);
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    private List<Amendment> amendmentsOnLine(long lineId) {
        return desk.editor.data().proposals().stream().flatMap(p -> p.amendments().stream())
                .filter(a -> a.target().lineId() != null && a.target().lineId() == lineId).toList();
    }

    private Post postOf(long lineId, long postId) throws Exception {
        NegotiationData data = desk.reload();
        return data.missionOfLine(lineId).orElseThrow().lines().stream().filter(l -> l.id() == lineId)
                .flatMap(l -> l.posts().stream()).filter(p -> p.id() == postId).findFirst().orElseThrow();
    }
}
