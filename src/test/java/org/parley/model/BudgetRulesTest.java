package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetRulesTest {

    private static NegotiationData data;
    private static Mission monusco;
    private static BudgetLine hr;

    @BeforeAll
    static void twoMissions() {
        NegotiationBuilder b = new NegotiationBuilder();
        hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        monusco = b.mission("MONUSCO", 1_000_000_000, hr, line(b.id(), "Gender", LineCategory.GENDER, 1_000_000));
        b.mission("UNMISS", 1_100_000_000);
        data = b.build();
    }

    static Stream<Arguments> missions() {
        return Stream.of(
                Arguments.of("MONUSCO", "Stabilization Mission", null, List.of()),
                Arguments.of("monusco2", "Renamed", 2_000_000_000L, List.of()),
                Arguments.of("", "Stabilization Mission", null, List.of("Code: a mission code is required")),
                Arguments.of("  ", "x", null, List.of("Code: a mission code is required")),
                Arguments.of("unmiss", "x", null, List.of("Code: another mission already has the code UNMISS")),
                Arguments.of("MONUSCO", " ", null, List.of("Name: a mission name is required")),
                Arguments.of("MONUSCO", "x", 3_000_000L,
                        List.of("Current (USD): must be at least its line \"Human rights\" ($4,000,000)")));
    }

    @ParameterizedTest
    @MethodSource("missions")
    void mission(String code, String name, Long current, List<String> expected) {
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        amounts.put(Baseline.CURRENT, current);

        assertThat(BudgetRules.mission(monusco.id(), code, name, amounts, data)).map(Problem::toString)
                .isEqualTo(expected);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(0L, "Child protection", 500_000L, List.of()),
                Arguments.of(hr.id(), "Human rights", 4_500_000L, List.of()),
                Arguments.of(0L, "", null, List.of("Name: a line name is required")),
                Arguments.of(0L, "human RIGHTS", null, List.of("Name: MONUSCO already has a line named \"Human rights\"")),
                Arguments.of(0L, "Typo", 10_000_000_000L,
                        List.of("Current (USD): must not exceed the mission's Current ($1,000,000,000)")));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void line_(long lineId, String name, Long current, List<String> expected) {
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        amounts.put(Baseline.CURRENT, current);

        assertThat(BudgetRules.line(monusco.id(), lineId, name, amounts, data)).map(Problem::toString)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Human Rights Officer | 3  | 205000 | ",
            "Human Rights Officer | 1  | 0      | ",
            "''                   | 1  | 1      | Title: a post title is required",
            "Officer              | 0  | 1      | Count: a post row needs at least 1 post",
            "Officer              | -2 | 1      | Count: a post row needs at least 1 post",
            "Officer      | 3000000000 | 1      | Count: a post row may carry at most 100000 posts",
            "Officer              | 1  | -5     | Annual cost per post (USD): an amount must not be negative",
            "Officer              | 1  | null   | Annual cost per post (USD): an amount is required"})
    void post(String title, long count, Long cost, String expected) {
        assertThat(BudgetRules.post(title, count, cost)).map(Problem::toString)
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1000   | A/72/789 | false | ",
            "1000   | ''       | true  | ",
            "null   | ''       | false | ",
            "-1     | x        | false | SG proposed (USD): an amount must not be negative",
            "1000   | ''       | false | SG proposed source: a sourced figure or fact needs its source (a document "
                    + "symbol or page), or mark it illustrative"})
    void figure(Long usd, String source, boolean illustrative, String expected) {
        assertThat(SourceRules.figure("SG proposed", usd, false, source, illustrative)).map(Problem::toString)
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void theSample_keepsItsOwnRules() throws Exception {
        NegotiationData sample = org.parley.io.NegotiationJson.readSample();
        for (Mission m : sample.missions()) {
            assertThat(BudgetRules.mission(m.id(), m.code(), m.name(), amounts(m.baselines()), sample))
                    .as(m.code()).isEmpty();
            for (BudgetLine l : m.lines()) {
                assertThat(BudgetRules.line(m.id(), l.id(), l.name(), amounts(l.baselines()), sample))
                        .as(m.code() + " / " + l.name()).isEmpty();
                for (Post p : l.posts()) {
                    assertThat(BudgetRules.post(p.title(), p.count(), p.annualCost().usd())).isEmpty();
                }
            }
        }
    }

    private static Map<Baseline, Long> amounts(Baselines baselines) {
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        baselines.asMap().forEach((b, f) -> amounts.put(b, f.usd()));
        return amounts;
    }
}
