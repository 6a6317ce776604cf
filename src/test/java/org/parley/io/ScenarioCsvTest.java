package org.parley.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.model.Grade;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;

class ScenarioCsvTest {

    private static final int FIRST_GRADE = 4;
    private static final int HR = FIRST_GRADE + Grade.values().length;

    private final NegotiationData sample;

    ScenarioCsvTest() throws Exception {
        sample = NegotiationJson.readSample();
    }

    /** Every proposal of the sample at the share, measured against the target. */
    private Scenario everything(Share share, long target) {
        List<ScenarioItem> items = new ArrayList<>();
        for (Proposal p : sample.proposals()) {
            items.add(ScenarioItem.proposal(p.id(), share));
        }
        return new Scenario(900, "All at " + share.toPercentText(), target, items);
    }

    private static List<CSVRecord> read(NegotiationData data, Scenario s) throws Exception {
        return CsvTableTest.readBack(ScenarioCsv.of(data.withScenarios(List.of(s)), s).toCsv());
    }

    @Test
    void thereIsARowPerMissionTouched_thenTotalUnallocatedTargetAndGap() throws Exception {
        Scenario s = everything(Share.WHOLE, 40_000_000);
        ScenarioTotals totals = ScenarioCalculator.of(sample, s);
        List<CSVRecord> rows = read(sample, s);
        assertEquals(1 + totals.missions().size() + 4, rows.size());
        assertEquals(List.of(ScenarioCsv.TOTAL, ScenarioCsv.UNALLOCATED, ScenarioCsv.TARGET, ScenarioCsv.GAP),
                rows.subList(rows.size() - 4, rows.size()).stream().map(r -> r.get(0)).toList());
        assertTrue(rows.stream().allMatch(r -> r.size() == rows.get(0).size()), "every row as wide as the header");
    }

    @Test
    void missionRows_carryTheCalculatorsFigures() throws Exception {
        Scenario s = everything(Share.ofBasisPoints(5_000), 0);
        ScenarioTotals totals = ScenarioCalculator.of(sample, s);
        List<CSVRecord> rows = read(sample, s);
        int i = 1;
        for (MissionTotals m : totals.missions().values()) {
            CSVRecord r = rows.get(i++);
            Mission mission = sample.mission(m.missionId()).orElseThrow();
            assertEquals(mission.code(), r.get(0));
            assertEquals(Long.toString(m.cut().usd()), r.get(2), mission.code() + " dollars");
            assertEquals(Integer.toString(m.cut().posts()), r.get(3), mission.code() + " posts");
            for (Grade g : Grade.values()) {
                assertEquals(Integer.toString(m.cut().postsByGrade().getOrDefault(g, 0)),
                        r.get(FIRST_GRADE + g.ordinal()), mission.code() + " " + g.label());
            }
            assertEquals(m.humanRightsLost().map(x -> CsvOutput.percentNumber(x.basisPoints())).orElse(""), r.get(HR));
            assertEquals(m.illustrative() ? "yes" : "no", r.get(HR + 2));
        }
    }

    @Test
    void theGapIsComputedFromTheTotal_soItCarriesTheTotalsIllustrativeFlag() throws Exception {
        Scenario s = everything(Share.WHOLE, 40_000_000);
        assertTrue(ScenarioCalculator.of(sample, s).missions().values().stream().anyMatch(MissionTotals::illustrative),
                "the sample has illustrative figures");
        List<CSVRecord> rows = read(sample, s);
        int n = rows.size();
        assertEquals("yes", rows.get(n - 4).get(HR + 2), "total");
        assertEquals("yes", rows.get(n - 1).get(HR + 2), "gap");
        assertEquals("", rows.get(n - 2).get(HR + 2), "the target is typed in, not computed");
    }

    @Test
    void totalRow_isTheGrandTotal_andTargetAndGapAreNumbers() throws Exception {
        Scenario s = everything(Share.WHOLE, 40_000_000);
        ScenarioTotals totals = ScenarioCalculator.of(sample, s);
        List<CSVRecord> rows = read(sample, s);
        int n = rows.size();
        assertEquals(Long.toString(totals.grandTotalUsd()), rows.get(n - 4).get(2));
        assertEquals(Integer.toString(totals.postsLost()), rows.get(n - 4).get(3));
        assertEquals(Long.toString(totals.unallocatedUsd()), rows.get(n - 3).get(2));
        assertEquals("40000000", rows.get(n - 2).get(2));
        assertEquals(Long.toString(40_000_000 - totals.grandTotalUsd()), rows.get(n - 1).get(2));
    }

    @Test
    void withoutATarget_theTargetAndGapCellsAreEmpty() throws Exception {
        List<CSVRecord> rows = read(sample, everything(Share.WHOLE, 0));
        int n = rows.size();
        assertEquals("", rows.get(n - 2).get(2));
        assertEquals("", rows.get(n - 1).get(2));
    }

    @Test
    void aMissionNamedLikeAFormula_isNeutralised() throws Exception {
        Scenario s = everything(Share.WHOLE, 0);
        long touched = ScenarioCalculator.of(sample, s).missions().keySet().iterator().next();
        List<Mission> missions = new ArrayList<>();
        for (Mission m : sample.missions()) {
            missions.add(m.id() != touched ? m : new Mission(m.id(), "@CODE", "=HYPERLINK(\"http://evil.example\")",
                    m.location(), m.coordinator(), m.status(), m.baselines(), m.lines(), m.notes()));
        }
        CSVRecord r = read(sample.withMissions(missions), s).get(1);
        assertEquals("'@CODE", r.get(0));
        assertEquals("'=HYPERLINK(\"http://evil.example\")", r.get(1));
    }
}
