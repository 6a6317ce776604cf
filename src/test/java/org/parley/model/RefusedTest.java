package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * A rule saying no to what a user typed or a file brought in is a {@link Refused} with the rule's
 * sentence; it is never an {@link IllegalArgumentException}, which stays the sign of a fault.
 */
class RefusedTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void refusedIsNotAnIllegalArgument() {
        assertThat(IllegalArgumentException.class.isAssignableFrom(Refused.class)).isFalse();
        assertThat(Refused.class.isAssignableFrom(Amounts.TooLarge.class)).isTrue();
    }

    @Test
    void aShareOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> Share.ofBasisPoints(12_000)).isExactlyInstanceOf(Refused.class)
                .hasMessage("a share must be between 0% and 100%, not 12000 bp");
        assertThatThrownBy(() -> Share.parsePercent("abc")).isExactlyInstanceOf(Refused.class)
                .hasMessage("\"abc\" is not a percentage");
    }

    @Test
    void typedTextThatDoesNotReadIsRefused() {
        assertThatThrownBy(() -> AmendmentValueInput.parse(AmendmentKind.ABOLISH_POSTS, "three"))
                .isExactlyInstanceOf(Refused.class).hasMessage("\"three\" is not a number of posts like 3");
        assertThatThrownBy(() -> ProposalRules.parseTabled("tomorrow", NY)).isExactlyInstanceOf(Refused.class)
                .hasMessage("\"tomorrow\" is not a date and time; write it as 26 Jun 2018 09:00");
        assertThatThrownBy(() -> Grade.parse("P-9")).isExactlyInstanceOf(Refused.class)
                .hasMessageStartingWith("unknown grade \"P-9\"");
    }

    @Test
    void aRecordThatBreaksARuleIsRefused() {
        Instant start = Instant.parse("2018-06-26T13:00:00Z");
        assertThatThrownBy(() -> new Negotiation(1, "Talks", "", start, start.minusSeconds(60), NY, start, "USD", ""))
                .isExactlyInstanceOf(Refused.class).hasMessage("the session must start before its deadline");
        assertThatThrownBy(() -> new Negotiation(1, " ", "", start, start.plusSeconds(60), NY, start, "USD", ""))
                .isExactlyInstanceOf(Refused.class).hasMessage("negotiation title must not be blank");
        assertThatThrownBy(() -> NegotiationBuilder.post(1, "Officer", Grade.P4, 0, 1_000))
                .isExactlyInstanceOf(Refused.class).hasMessage("a post needs a count of at least 1, not 0");
        assertThatThrownBy(() -> Figure.illustrative(Amounts.MAX_USD + 1)).isExactlyInstanceOf(Refused.class)
                .hasMessageStartingWith("an amount: $10,000,000,000,001 is more than any budget");
        assertThatThrownBy(() -> new Provenance("", false)).isExactlyInstanceOf(Refused.class)
                .hasMessage("a figure needs a source or must be marked illustrative");
    }

    @Test
    void aNegotiationWhoseMissionsShareACodeIsRefused() {
        NegotiationBuilder b = new NegotiationBuilder();
        b.mission("UNMISS", 1_000);
        b.mission("unmiss", 1_000);
        assertThatThrownBy(b::build).isExactlyInstanceOf(Refused.class)
                .hasMessage("two of a kind share one mission code: UNMISS");
    }

    @Test
    void aTotalTooLargeToAddUpIsRefused() {
        assertThatThrownBy(() -> Amounts.plus(Long.MAX_VALUE, 1)).isInstanceOf(Refused.class)
                .isInstanceOf(Amounts.TooLarge.class);
    }

    @Test
    void aStepOurOwnCodeGetsWrongStaysAnArgumentFault() {
        assertThatThrownBy(() -> ListIndex.gapForStep(0, 2, 3)).isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
