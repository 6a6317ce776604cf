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

    private static final int TOP_LINE = 3;
    private static final int FIRST_GRADE = 5;
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
            assertEquals(Long.toString(m.allocatedUsd()), r.get(TOP_LINE), mission.code() + " of it, top line");
            assertEquals(Integer.toString(m.cut().posts()), r.get(4), mission.code() + " posts");
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
        assertEquals(Integer.toString(totals.postsLost()), rows.get(n - 4).get(4));
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

    /**
     * RU, CN and the US in full (docs/scenario-rules.md, "Adding the US top-line cut"): the US
     * $129M spread pro rata to the ACABQ figures shows in each mission's row, beside its dollars,
     * and is in the total once. Every figure below is worked out by hand in the rulebook.
     */
    @Test
    void allocatedTopLineParts_showPerMission_besideTheDollars_andAreCountedOnce() throws Exception {
        Scenario s = new Scenario(901, "RU, CN and US", 129_000_000, List.of(
                ScenarioItem.proposal(proposalOf("RU").id(), Share.WHOLE),
                ScenarioItem.proposal(proposalOf("CN").id(), Share.WHOLE),
                ScenarioItem.proposal(proposalOf("US").id(), Share.WHOLE)));
        List<CSVRecord> rows = read(sample, s);
        assertEquals("Of it, top line (USD)", rows.get(0).get(TOP_LINE));
        assertEquals("Dollars cut (USD)", rows.get(0).get(2));

        // 129,000,000 x 1,110,000,000 / 6,865,000,000 = 20,857,975.1; RU and CN take 5,955,000
        assertEquals(List.of("26812975", "20857975"), dollarsAndTopLine(rows, "MONUSCO"));
        // UNIFIL has no lines: its whole cut is its part, 129,000,000 x 475 / 6,865 = 8,925,710.3
        assertEquals(List.of("8925710", "8925710"), dollarsAndTopLine(rows, "UNIFIL"));
        // UNMIK: 129,000,000 x 37 / 6,865 = 695,265.8, one of the seven dollars left goes to it
        assertEquals(List.of("695266", "695266"), dollarsAndTopLine(rows, "UNMIK"));
        // UNFICYP has only an SG figure: left out of the spread, RU's half of its human-rights line only
        assertEquals("0", rowOf(rows, "UNFICYP").get(TOP_LINE));

        long parts = 0;
        for (CSVRecord r : rows.subList(1, rows.size() - 4)) {
            parts += Long.parseLong(r.get(TOP_LINE));
        }
        assertEquals(129_000_000L, parts, "the parts add up to the cut");
        CSVRecord total = rowOf(rows, ScenarioCsv.TOTAL);
        // 18,705,000 for RU and CN + 129,000,000, not 276,705,000: the cut is counted once
        assertEquals(List.of("147705000", "129000000"), List.of(total.get(2), total.get(TOP_LINE)));
        assertEquals("0", rowOf(rows, ScenarioCsv.UNALLOCATED).get(2));
        assertEquals("", rowOf(rows, ScenarioCsv.UNALLOCATED).get(TOP_LINE));
        assertEquals("-18705000", rowOf(rows, ScenarioCsv.GAP).get(2));
    }

    private static List<String> dollarsAndTopLine(List<CSVRecord> rows, String code) {
        CSVRecord r = rowOf(rows, code);
        return List.of(r.get(2), r.get(TOP_LINE));
    }

    private static CSVRecord rowOf(List<CSVRecord> rows, String first) {
        return rows.stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow(() -> new AssertionError(first));
    }

    private Proposal proposalOf(String delegation) {
        long id = sample.delegations().stream().filter(d -> d.code().equals(delegation)).findFirst().orElseThrow().id();
        return sample.proposals().stream().filter(p -> p.delegationId() == id).findFirst().orElseThrow();
    }
}
