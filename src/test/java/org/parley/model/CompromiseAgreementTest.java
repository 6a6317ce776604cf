package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;
import static org.parley.model.NegotiationBuilder.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompromiseAgreementTest {

    private static final Instant FLOATED = Instant.parse("2018-06-26T15:00:00Z");

    private NegotiationData data;
    private Mission monusco;
    private BudgetLine hr;
    private Amendment ruHalf;
    private Amendment cnTenth;
    private Amendment cnPosts;
    private Amendment ruMission;
    private Amendment usTopLine;
    private long nextCompromise = 1000;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Delegation cn = b.delegation("CN", "China");
        Delegation us = b.delegation("US", "United States");
        Post officers = post(b.id(), "Human Rights Officer", Grade.P3, 4, 200_000);
        hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, officers);
        monusco = b.mission("MONUSCO", 1_000_000_000, hr);
        ruHalf = b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000);
        ruMission = b.amend(Target.mission(monusco.id()), AmendmentKind.AMOUNT_CUT, 600_000_000);
        cnTenth = b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 1000);
        cnPosts = b.amend(Target.post(monusco.id(), hr.id(), officers.id()), AmendmentKind.ABOLISH_POSTS, 3);
        usTopLine = b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 129_000_000);
        b.proposal(ru, ruHalf, ruMission);
        b.proposal(cn, cnTenth, cnPosts);
        b.proposal(us, usTopLine);
        data = b.build();
    }

    @Test
    void agreed_percentOnALine_movesTheLineAndTheMissionByTheCostAtTheCompromisesValue() {
        Compromise quarter = floated(ruHalf, 2500, "−25% instead of −50%");

        Mission m = CompromiseAgreement.agreed(data, quarter).orElseThrow();

        assertThat(current(m)).isEqualTo(999_000_000);
        assertThat(current(lineOf(m))).isEqualTo(3_000_000);
        assertThat(m.status()).isEqualTo(MissionStatus.AD_REF);
        Figure f = m.baselines().get(Baseline.CURRENT).orElseThrow();
        assertThat(f.provenance().source())
                .isEqualTo("after compromise '−25% instead of −50%' agreed ad ref, from $1,000,000,000");
        assertThat(f.illustrative()).as("measured from illustrative figures").isTrue();
    }

    @Test
    void agreed_onTheMissionAsAWhole_leavesItsLinesAlone() {
        Mission m = CompromiseAgreement.agreed(data, floated(ruMission, 100_000_000, "a tenth")).orElseThrow();

        assertThat(current(m)).isEqualTo(900_000_000);
        assertThat(lineOf(m)).isEqualTo(hr);
    }

    @Test
    void agreed_postsKept_movesTheLineByTheirCost_andLeavesThePostRowAlone() {
        Mission m = CompromiseAgreement.agreed(data, floated(cnPosts, 1, "two of three posts kept")).orElseThrow();

        assertThat(current(lineOf(m))).isEqualTo(3_800_000);
        assertThat(current(m)).isEqualTo(999_800_000);
        assertThat(lineOf(m).posts()).isEqualTo(hr.posts());
    }

    @Test
    void agreed_topLineCut_movesNoMission() {
        assertThat(CompromiseAgreement.agreed(data, floated(usTopLine, 60_000_000, "half the top line"))).isEmpty();
    }

    @Test
    void agreed_onAMissionAlreadyAgreed_keepsItAgreed() {
        Mission agreedMission = withStatus(monusco, MissionStatus.AGREED);
        data = data.withMissions(List.of(agreedMission));

        assertThat(CompromiseAgreement.agreed(data, floated(ruHalf, 2500, "quarter")).orElseThrow().status())
                .isEqualTo(MissionStatus.AGREED);
    }

    @Test
    void secondAgreementOnTheSameLine_isMeasuredFromTheFigureBeforeAnyAgreement() {
        agree(floated(ruHalf, 2500, "quarter"));

        Mission m = CompromiseAgreement.agreed(data, floated(cnTenth, 1000, "ten per cent")).orElseThrow();

        assertThat(current(lineOf(m))).as("10% of 4,000,000 off 3,000,000").isEqualTo(2_600_000);
        assertThat(lineOf(m).baselines().get(Baseline.CURRENT).orElseThrow().provenance().source())
                .endsWith("agreed ad ref, from $4,000,000");
    }

    @Test
    void withdrawn_givesBackExactlyWhatWasTaken_andReopensTheMission() {
        Compromise quarter = agree(floated(ruHalf, 2500, "quarter"));
        agree(floated(cnTenth, 1000, "ten per cent"));
        Compromise tenth = data.compromises().get(1);
        data = data.withMissions(List.of(CompromiseAgreement.withdrawn(data, tenth).orElseThrow()))
                .withCompromises(List.of(quarter));

        Mission m = CompromiseAgreement.withdrawn(data, quarter).orElseThrow();

        assertThat(current(lineOf(m))).isEqualTo(4_000_000);
        assertThat(current(m)).isEqualTo(1_000_000_000);
        assertThat(m.status()).isEqualTo(MissionStatus.OPEN);
        assertThat(m.baselines().get(Baseline.CURRENT).orElseThrow().provenance().source())
                .isEqualTo("after compromise 'quarter' no longer agreed ad ref, from $1,000,000,000");
    }

    @Test
    void withdrawn_keepsTheMissionAdRef_whileAnotherAgreedCompromiseTouchesIt() {
        Compromise quarter = agree(floated(ruHalf, 2500, "quarter"));
        agree(floated(cnPosts, 1, "posts kept"));

        assertThat(CompromiseAgreement.withdrawn(data, quarter).orElseThrow().status()).isEqualTo(MissionStatus.AD_REF);
    }

    @Test
    void aFigureNeverGoesBelowZero() {
        agree(floated(ruMission, 600_000_000, "most of it"));

        Mission m = CompromiseAgreement.agreed(data, floated(ruMission, 600_000_000, "most of it again")).orElseThrow();

        assertThat(current(m)).isZero();
    }

    private Compromise floated(Amendment a, long value, String description) {
        return new Compromise(nextCompromise++, a.id(), description, value, "the coordinator", FLOATED,
                CompromiseStatus.FLOATED);
    }

    /** Puts the agreement into {@link #data} as the service would: the mission moved, the compromise agreed. */
    private Compromise agree(Compromise c) {
        Compromise agreed = new Compromise(c.id(), c.amendmentId(), c.description(), c.value(), c.floatedBy(),
                c.floatedAt(), CompromiseStatus.AGREED_AD_REF);
        Mission m = CompromiseAgreement.agreed(data, agreed).orElseThrow();
        List<Compromise> compromises = new ArrayList<>(data.compromises());
        compromises.add(agreed);
        data = data.withMissions(List.of(m)).withCompromises(compromises);
        return agreed;
    }

    private static long current(Mission m) {
        return m.baselines().get(Baseline.CURRENT).orElseThrow().usd();
    }

    private static long current(BudgetLine l) {
        return l.baselines().get(Baseline.CURRENT).orElseThrow().usd();
    }

    private static BudgetLine lineOf(Mission m) {
        return m.lines().get(0);
    }

    private static Mission withStatus(Mission m, MissionStatus s) {
        return new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), s, m.baselines(), m.lines(),
                m.notes());
    }
}
