package org.parley.ui.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;
import static org.parley.model.NegotiationBuilder.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationBuilder;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.ProposedCuts;
import org.parley.model.Target;
import org.parley.ui.common.FigureText;

class MissionsViewModelTest {

    private final MissionsViewModel vm = new MissionsViewModel();
    private Mission monusco;
    private BudgetLine hr;
    private Post advocate;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Delegation cn = b.delegation("CN", "China");
        advocate = post(b.id(), "Field Victims' Rights Advocate", Grade.P4, 1, 180_000);
        Post officers = post(b.id(), "Human Rights Officer", Grade.P3, 10, 150_000);
        hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, officers, advocate);
        BudgetLine gender = line(b.id(), "Gender", LineCategory.GENDER, 500_000);
        monusco = b.mission("MONUSCO", 1_000_000_000, hr, gender);
        b.mission("UNFICYP", 55_152_000);
        b.proposal(ru, b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000));
        b.proposal(cn, b.amend(Target.post(monusco.id(), hr.id(), officers.id()), AmendmentKind.ABOLISH_POSTS, 5));
        NegotiationData data = b.build();
        vm.setData(data, ProposedCuts.of(data));
    }

    @Test
    void setData_listsEveryMission() {
        assertThat(vm.getMissions()).extracting(r -> r.mission().code()).containsExactly("MONUSCO", "UNFICYP");
    }

    @Test
    void filter_byMissionCode_keepsOnlyThatMission() {
        vm.filterProperty().set("ficyp");
        assertThat(vm.getMissions()).extracting(r -> r.mission().code()).containsExactly("UNFICYP");
    }

    @Test
    void filter_byPostTitle_keepsTheMissionAndOnlyTheMatchingLine() {
        vm.filterProperty().set("victims");
        assertThat(vm.getMissions()).extracting(r -> r.mission().code()).containsExactly("MONUSCO");
        var lines = vm.children(vm.getMissions().get(0));
        assertThat(lines).extracting(MissionRow::label).containsExactly("Human rights");
        assertThat(vm.children(lines.get(0))).extracting(MissionRow::label)
                .containsExactly("1 × P-4 Field Victims' Rights Advocate (encumbered)");
    }

    @Test
    void rows_giveTheTextsAndFiguresTheirColumnsShow() {
        Mission placed = new Mission(monusco.id(), "MONUSCO", "Stabilization Mission in the DR Congo", "Kinshasa",
                "Ms. Okafor", MissionStatus.OPEN, Baselines.of(java.util.Map.of(
                        Baseline.SG_PROPOSED, Figure.sourced(1_250_000_000, "A/78/744"),
                        Baseline.CURRENT, Figure.illustrative(1_000_000_000))), monusco.lines(), "");
        MissionRow mission = new MissionRow.OfMission(placed);
        MissionRow line = new MissionRow.OfLine(placed, hr);
        MissionRow post = new MissionRow.OfPost(placed, hr, advocate);

        assertThat(mission.statusText()).isEqualTo("open");
        assertThat(mission.coordinatorText()).isEqualTo("Ms. Okafor");
        assertThat(mission.nameText()).isEqualTo("Stabilization Mission in the DR Congo — Kinshasa");
        assertThat(new MissionRow.OfMission(monusco).nameText()).isEqualTo("MONUSCO mission");
        assertThat(line.nameText()).isEqualTo("Human rights");
        assertThat(post.nameText()).isEqualTo("encumbered");
        for (MissionRow below : java.util.List.of(line, post)) {
            assertThat(below.statusText()).isEmpty();
            assertThat(below.coordinatorText()).isEmpty();
            assertThat(below.missionId()).isEqualTo(monusco.id());
            assertThat(below.missionCode()).isEqualTo("MONUSCO");
            assertThat(below.missionName()).isEqualTo("Stabilization Mission in the DR Congo");
        }

        assertThat(mission.figureText(FigureColumn.SG)).isEqualTo(new FigureText("$1.25bn",
                "$1,250,000,000\nSource: A/78/744", false));
        assertThat(mission.figureText(FigureColumn.PRIOR)).isNull();
        assertThat(mission.figureText(FigureColumn.CURRENT).illustrative()).isTrue();
        // a post row shows the yearly cost of its posts in the current column only
        assertThat(post.figureText(FigureColumn.CURRENT)).isEqualTo(FigureText.of(Figure.illustrative(180_000)));
        assertThat(post.figureText(FigureColumn.SG)).isNull();
        assertThat(FigureColumn.values()).extracting(FigureColumn::title)
                .containsExactly("Prior", "SG", "ACABQ", "Current");
    }

    @Test
    void aFigureKnownOnlyAfterTheDesksDate_readsNotYetKnown_greyed_withFromWhenInItsTooltip() {
        java.time.Instant acabqReport = java.time.Instant.parse("2018-06-28T14:00:00Z"); // 10:00 New York
        Mission placed = new Mission(monusco.id(), "MONUSCO", "MONUSCO", "", "", MissionStatus.OPEN,
                Baselines.of(java.util.Map.of(Baseline.ACABQ_RECOMMENDED,
                        Figure.sourced(1_110_000_000, "A/72/789/Add.9").withKnownFrom(acabqReport))),
                monusco.lines(), "");
        MissionRow row = new MissionRow.OfMission(placed);

        vm.deskNowProperty().set(java.time.Instant.parse("2018-06-26T13:00:00Z"));
        FigureText before = vm.figureText(row, FigureColumn.ACABQ);
        vm.deskNowProperty().set(acabqReport);
        FigureText after = vm.figureText(row, FigureColumn.ACABQ);

        assertThat(before.compact()).isEqualTo("not yet known");
        assertThat(before.notYetKnown()).isTrue();
        assertThat(before.tooltip()).doesNotContain("1,110,000,000")
                .isEqualTo("Not yet known on the desk's date: known from 28 Jun 2018 10:00");
        assertThat(after).isEqualTo(FigureText.of(placed.baselines().get(Baseline.ACABQ_RECOMMENDED).orElseThrow()));
        assertThat(after.notYetKnown()).isFalse();
    }

    @Test
    void filter_followsNewDataOfTheSameMission_andNeverMatchesAcrossTwoRows() {
        vm.filterProperty().set("victims");
        assertThat(vm.getMissions()).extracting(r -> r.mission().code()).containsExactly("MONUSCO");
        // the same mission, its post renamed (as a gesture gives a new mission object)
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Post renamed = post(b.id(), "Child Protection Adviser", Grade.P4, 1, 180_000);
        BudgetLine line = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, renamed);
        Mission m = b.mission("MONUSCO", 1_000_000_000, line);
        b.mission("UNFICYP", 55_152_000);
        b.proposal(ru, b.amend(Target.line(m.id(), line.id()), AmendmentKind.PERCENT_CUT, 5000));
        NegotiationData next = b.build();
        vm.setData(next, ProposedCuts.of(next));
        assertThat(vm.getMissions()).as("the old post title no longer matches").isEmpty();
        vm.filterProperty().set("protection");
        assertThat(vm.getMissions()).extracting(r -> r.mission().code()).containsExactly("MONUSCO");
        // "rights" ends the line's name and "child" starts the post's title: no match across the two
        vm.filterProperty().set("human rights child");
        assertThat(vm.getMissions()).isEmpty();
    }

    @Test
    void filter_nothingMatches_leavesNoRows() {
        vm.filterProperty().set("no such budget");
        assertThat(vm.getMissions()).isEmpty();
    }

    /**
     * RU halves the $4,000,000 line of 10 P-3 and 1 P-4: 11 / 2 = 5.5 → 6 posts at risk, shown
     * as an estimate beside the dollars; CN abolishes 5 officers outright and cuts no dollars
     * beyond them, so none of its posts is an estimate.
     */
    @Test
    void cutsText_showsEachDelegationsCutInDollarsAndPosts_andThePostsAtRiskAsAnEstimate() {
        MissionRow mission = vm.getMissions().get(0);
        assertThat(vm.cutsText(mission)).isEqualTo("RU −$2.0M, 6 at risk (est.) · CN −$750k, 5 posts");
        assertThat(vm.cutsText(new MissionRow.OfLine(monusco, hr)))
                .isEqualTo("RU −$2.0M, 6 at risk (est.) · CN −$750k, 5 posts");
    }

    @Test
    void cutsIllustrative_whenComputedFromIllustrativeFigures() {
        assertThat(vm.cutsIllustrative(vm.getMissions().get(0))).isTrue();
    }

    @Test
    void cutsText_saysOnePostInTheSingular() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Post p = post(b.id(), "Field Victims' Rights Advocate", Grade.P4, 1, 180_000);
        BudgetLine line = line(b.id(), "Conduct and discipline", LineCategory.CONDUCT_DISCIPLINE, 1_000_000, p);
        Mission m = b.mission("MONUSCO", 1_000_000_000, line);
        b.proposal(ru, b.amend(Target.post(m.id(), line.id(), p.id()), AmendmentKind.ABOLISH_POSTS, 1));
        NegotiationData data = b.build();
        MissionsViewModel single = new MissionsViewModel();
        single.setData(data, ProposedCuts.of(data));
        assertThat(single.cutsText(new MissionRow.OfLine(m, line))).isEqualTo("RU −$180k, 1 post");
        assertThat(single.cutsText(new MissionRow.OfPost(m, line, p))).isEqualTo("RU −1 post");
    }

    @Test
    void selectingALine_selectsItsMission() {
        vm.selectedRowProperty().set(new MissionRow.OfLine(monusco, hr));
        assertThat(vm.selectedMissionProperty().get()).isEqualTo(monusco);
    }

    @Test
    void amendmentTarget_isTheLineThePostRowOrTheWholeMission() {
        assertThat(vm.amendmentTarget(new MissionRow.OfLine(monusco, hr))).contains(Target.line(monusco.id(), hr.id()));
        assertThat(vm.amendmentTarget(new MissionRow.OfPost(monusco, hr, advocate)))
                .contains(Target.post(monusco.id(), hr.id(), advocate.id()));
        // issue 13: half the budgets have no lines, so a mission row aims at the mission as a whole
        assertThat(vm.amendmentTarget(new MissionRow.OfMission(monusco))).contains(Target.mission(monusco.id()));
    }

    @Test
    void proposeAmendment_isOfferedOnlyOnceTheDeskCanEdit_andPassesTheTarget() {
        MissionRow line = new MissionRow.OfLine(monusco, hr);
        assertThat(vm.canProposeAmendment(line)).isFalse();
        java.util.List<Target> proposed = new java.util.ArrayList<>();
        vm.setOnProposeAmendment(proposed::add);

        vm.proposeAmendment(line);
        vm.proposeAmendment(new MissionRow.OfMission(monusco));

        assertThat(proposed).containsExactly(Target.line(monusco.id(), hr.id()), Target.mission(monusco.id()));
    }

    @Test
    void keyOf_isTheSameForTheSameRowAfterARefresh() {
        MissionRow before = new MissionRow.OfPost(monusco, hr, advocate);
        Mission renamed = new Mission(monusco.id(), monusco.code(), "renamed", "", "", monusco.status(),
                monusco.baselines(), monusco.lines(), "");
        assertThat(MissionsViewModel.keyOf(new MissionRow.OfPost(renamed, hr, advocate)))
                .isEqualTo(MissionsViewModel.keyOf(before))
                .isNotEqualTo(MissionsViewModel.keyOf(new MissionRow.OfLine(monusco, hr)));
    }
}
