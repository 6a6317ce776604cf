package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.model.NegotiationBuilder.line;
import static org.parley.model.NegotiationBuilder.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmendmentRulesTest {

    private NegotiationData data;
    private Target hrLine;
    private Target hroPosts;
    private Target mission;
    private Target unknownLine;
    private Target noReferenceLine;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        Post hro = post(b.id(), "Human Rights Officer", Grade.P3, 4, 120_000);
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, hro);
        BudgetLine gender = new BudgetLine(b.id(), "Gender", LineCategory.GENDER, Baselines.of(Map.of()), List.of());
        Mission m = b.mission("MONUSCO", 1_000_000_000, hr, gender);
        data = b.build();
        hrLine = Target.line(m.id(), hr.id());
        hroPosts = Target.post(m.id(), hr.id(), hro.id());
        mission = Target.mission(m.id());
        unknownLine = Target.line(m.id(), 999);
        noReferenceLine = Target.line(m.id(), gender.id());
    }

    @ParameterizedTest(name = "{0} \"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', value = {
        "PERCENT_CUT | 12.25% | 1225",
        "AMOUNT_CUT | 2.5M | 2500000",
        "ABOLISH_POSTS | 4 | 4",
    })
    void parseValue_readsTheKindsUnit(AmendmentKind kind, String text, long expected) {
        assertThat(AmendmentRules.parseValue(kind, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "PERCENT_CUT | '' | required: percent, e.g. 50 or 12.5",
        "ABOLISH_POSTS | '  ' | required: posts, e.g. 4",
        "PERCENT_CUT | 150 | a percentage must be between 0 and 100",
        "AMOUNT_CUT | 10.50 | whole dollars",
    })
    void parseValue_refusesWhatDoesNotRead(AmendmentKind kind, String text, String rule) {
        assertThatThrownBy(() -> AmendmentRules.parseValue(kind, text))
                .isInstanceOf(Refused.class).hasMessageContaining(rule);
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "PERCENT_CUT | 0 | line | ''",
        "PERCENT_CUT | 10000 | line | ''",
        "PERCENT_CUT | 10001 | line | Value: a percentage must be between 0 and 100",
        "PERCENT_CUT | -1 | line | Value: a percentage must be between 0 and 100",
        "AMOUNT_CUT | 4000000 | line | ''",
        "AMOUNT_CUT | 4000001 | line | Value: an amount cut cannot exceed the line's amount, $4,000,000",
        "AMOUNT_CUT | 1000000001 | mission | Value: an amount cut cannot exceed the mission's amount, $1,000,000,000",
        "AMOUNT_CUT | -1 | line | Value: an amount must not be negative",
        "AMOUNT_CUT | 99000000 | no-reference | ''",
        "RESTORE | 9000000 | line | ''",
        "RESTORE | -1 | line | Value: an amount must not be negative",
        "ABOLISH_POSTS | 4 | posts | ''",
        "ABOLISH_POSTS | 5 | posts | Value: no more than the post row has: 4 posts",
        "ABOLISH_POSTS | 0 | posts | Value: at least 1 post",
        "ABOLISH_POSTS | 1 | line | Kind: abolish posts does not apply to a budget line; choose percent cut",
        "PERCENT_CUT | 5000 | posts | Kind: percent cut does not apply to a post row; choose abolish posts",
        "TOPLINE_CUT | 129000000 | whole | ''",
        "PERCENT_CUT | 5000 | unknown | Target: the budget line is no longer in this negotiation",
    })
    void check_namesTheFieldAndTheRule(AmendmentKind kind, long value, String target, String expected) {
        List<Problem> problems = AmendmentRules.check(data, target(target), kind, value);
        if (expected.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(Problem::toString).containsExactly(expected);
        }
    }

    @Test
    void checkEntry_reportsAValueThatDoesNotRead_underValue() {
        assertThat(AmendmentRules.checkEntry(data, hrLine, AmendmentKind.PERCENT_CUT, "fifty", "A/72/789", false))
                .extracting(Problem::field).containsExactly("Value");
    }

    @Test
    void checkEntry_wantsASource_unlessIllustrative() {
        assertThat(AmendmentRules.checkEntry(data, hrLine, AmendmentKind.PERCENT_CUT, "50", " ", false))
                .extracting(Problem::field).containsExactly("Source");
        assertThat(AmendmentRules.checkEntry(data, hrLine, AmendmentKind.PERCENT_CUT, "50", "", true)).isEmpty();
    }

    @Test
    void kindsFor_offersWhatFitsTheTarget() {
        assertThat(AmendmentRules.kindsFor(hroPosts)).containsExactly(AmendmentKind.ABOLISH_POSTS);
        assertThat(AmendmentRules.defaultKind(hrLine)).isEqualTo(AmendmentKind.PERCENT_CUT);
        assertThat(AmendmentRules.kindsFor(Target.WHOLE_BUDGET)).containsExactly(AmendmentKind.TOPLINE_CUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PERCENT_CUT | 1250 | 12.5%", "PERCENT_CUT | 5000 | 50%",
        "AMOUNT_CUT | 2000000 | 2,000,000"})
    void valueText_readsBackAsTheSameValue(AmendmentKind kind, long value, String text) {
        assertThat(AmendmentRules.valueText(kind, value)).isEqualTo(text);
        assertThat(AmendmentRules.parseValue(kind, text)).isEqualTo(value);
    }

    private Target target(String name) {
        switch (name) {
            case "line": return hrLine;
            case "posts": return hroPosts;
            case "mission": return mission;
            case "unknown": return unknownLine;
            case "no-reference": return noReferenceLine;
            default: return Target.WHOLE_BUDGET;
        }
    }
}
