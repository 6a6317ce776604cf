package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.io.UserMessages;

/** The by-hand table's rows as the top-line cut's form reads them (decision 0025). */
class AllocationInputTest {

    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    private static long id(String code) {
        return sample.missionByCode(code).orElseThrow().id();
    }

    private static AllocationInput.Row row(String code, String amount) {
        return new AllocationInput.Row(code, amount);
    }

    @Test
    void rows_readAsMoneyFieldsDo_inTheirOrder() {
        Map<Long, Long> parts = AllocationInput.parse(sample, List.of(row("UNSOS", "79M"), row("UNIFIL", "$50,000,000"),
                row("SUPPORT", "2.5m")));
        assertThat(parts).containsExactly(Map.entry(id("UNSOS"), 79_000_000L), Map.entry(id("UNIFIL"), 50_000_000L),
                Map.entry(id("SUPPORT"), 2_500_000L));
    }

    @Test
    void aRowThatDoesNotRead_isNamedByItsNumber_inPlainWords() {
        List<List<AllocationInput.Row>> bad = List.of(
                List.of(row("UNIFIL", "50M"), row(null, "")),
                List.of(row("UNIFIL", "")),
                List.of(row("UNIFIL", "fifty")),
                List.of(row("UNIFIL", "0")),
                List.of(row("NOPE", "5M")),
                List.of(row("UNIFIL", "5M"), row("UNIFIL", "6M")),
                List.of());
        List<String> expected = List.of("row 2: choose a mission, or remove the row",
                "row 1 (UNIFIL): type its amount", "row 1 (UNIFIL): \"fifty\" is not an amount",
                "row 1 (UNIFIL): the amount must be more than $0", "row 1: \"NOPE\" is not the code of a mission",
                "row 2: UNIFIL is already in row 1", "required: add the missions and their amounts");
        for (int i = 0; i < bad.size(); i++) {
            List<AllocationInput.Row> rows = bad.get(i);
            List<Problem> problems = AllocationInput.check(sample, AllocationRule.BY_HAND, rows, 129_000_000L);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).field()).isEqualTo(AllocationInput.PARTS);
            assertThat(problems.get(0).message()).startsWith(expected.get(i));
            UserMessages.assertPlain(problems.get(0).message(), "rows " + rows);
            assertThatThrownBy(() -> AllocationInput.parse(sample, rows)).isInstanceOf(Refused.class);
        }
    }

    @Test
    void theSumAgainstTheCut_saysWhatIsLeftToPlace_orOver() {
        List<AllocationInput.Row> rows = List.of(row("UNIFIL", "50M"), row("UNSOS", "78M"));
        // 50,000,000 + 78,000,000 = 128,000,000
        assertThat(AllocationInput.check(sample, AllocationRule.BY_HAND, rows, 129_000_000L)).extracting(Problem::message)
                .containsExactly("the amounts add up to $128,000,000, not the cut's $129,000,000 ($1,000,000 still to place)");
        assertThat(AllocationInput.runningSum(rows, 129_000_000L))
                .isEqualTo("Allocated $128,000,000 of the cut's $129,000,000: $1,000,000 still to place");
        assertThat(AllocationInput.runningSum(rows, 127_500_000L))
                .isEqualTo("Allocated $128,000,000 of the cut's $127,500,000: $500,000 more than the cut");
        assertThat(AllocationInput.runningSum(rows, 128_000_000L)).endsWith(": they add up");
        assertThat(AllocationInput.check(sample, AllocationRule.BY_HAND, rows, 128_000_000L)).isEmpty();
        assertThat(AllocationInput.runningSum(List.of(row("UNIFIL", "50M"), row("UNSOS", "x")), null))
                .isEqualTo("Allocated $50,000,000 (the cut's value does not read yet); not counting 1 amount that"
                        + " does not read");
        assertThat(AllocationInput.check(sample, AllocationRule.PRO_RATA, List.of(), 1L)).isEmpty();
    }

    @Test
    void theRowsAFormStartsWith_areTheSavedParts() {
        assertThat(AllocationInput.rows(sample, Map.of(id("UNIFIL"), 50_000_000L)))
                .containsExactly(row("UNIFIL", "50,000,000"));
    }
}
