package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a fact becomes known (decision 0024): the model's rules, without any view. */
class KnownFromTest {

    private static final Instant JUNE_26 = Instant.parse("2018-06-26T13:00:00Z");
    private static final Instant ADOPTION = Instant.parse("2018-07-06T02:00:00Z");

    private static TimelineEvent adoption(Instant knownFrom) {
        return new TimelineEvent(1, ADOPTION, "General Assembly adopts the budgets", EventKind.PLENARY, "",
                Provenance.sourced("GA/12039"), Set.of(1L), Set.of(), EventTiming.HOUR_ILLUSTRATIVE, knownFrom);
    }

    @Test
    void anOutcomeIsNotKnownBeforeItsKnownFrom_andKnownFromThen() {
        TimelineEvent e = adoption(ADOPTION);

        assertThat(e.knownAt(JUNE_26)).isFalse();
        assertThat(e.knownAt(ADOPTION.minusSeconds(1))).isFalse();
        assertThat(e.knownAt(ADOPTION)).isTrue();
        assertThat(adoption(null).knownAt(JUNE_26)).as("known in advance").isTrue();
    }

    @Test
    void anOutcomeKnownBeforeItHappens_isRefused() {
        assertThatThrownBy(() -> adoption(ADOPTION.minusSeconds(60))).isInstanceOf(Refused.class)
                .hasMessageStartingWith("an outcome is known when it happens or later");
    }

    @Test
    void movingAnOutcome_movesWhenItIsKnown_andAReportKnownLaterStaysNoEarlierThanIt() {
        TimelineEvent e = adoption(ADOPTION);
        Instant later = ADOPTION.plus(Duration.ofHours(2));
        Instant earlier = ADOPTION.minus(Duration.ofHours(2));

        assertThat(e.movedTo(later).knownFrom()).isEqualTo(later);
        assertThat(e.movedTo(earlier).knownFrom()).isEqualTo(earlier);
        TimelineEvent report = adoption(later);
        assertThat(report.movedTo(earlier).knownFrom()).as("the report still comes when it came").isEqualTo(later);
        assertThat(report.movedTo(later.plusSeconds(60)).knownFrom()).isEqualTo(later.plusSeconds(60));
        assertThat(adoption(null).movedTo(later).knownFrom()).isNull();
        assertThat(e.movedTo(later).timing()).isEqualTo(EventTiming.HOUR_ILLUSTRATIVE);
    }

    @Test
    void anEventsTimeIsIllustrative_whenItsTimingSaysSo_orTheEventIsIllustrative() {
        assertThat(adoption(null).timeIllustrative()).isTrue();
        TimelineEvent stated = new TimelineEvent(2, ADOPTION, "Deadline", EventKind.DEADLINE, "",
                Provenance.sourced("IPI"), Set.of(), Set.of());
        TimelineEvent invented = new TimelineEvent(3, ADOPTION, "Bilateral", EventKind.BILATERAL, "",
                Provenance.illustrative(""), Set.of(), Set.of());

        assertThat(stated.timing()).isEqualTo(EventTiming.STATED);
        assertThat(stated.timeIllustrative()).isFalse();
        assertThat(invented.timeIllustrative()).isTrue();
    }

    @Test
    void baselinesKnownAtADate_leaveOutTheFiguresKnownOnlyLater() {
        Figure acabq = Figure.illustrative(1_110_000_000);
        Figure fin = Figure.sourced(1_090_000_000, "GA/AB/4324").withKnownFrom(ADOPTION);
        Baselines b = Baselines.of(Map.of(Baseline.ACABQ_RECOMMENDED, acabq, Baseline.FINAL, fin));

        assertThat(b.knownAt(JUNE_26).asMap()).containsOnlyKeys(Baseline.ACABQ_RECOMMENDED);
        assertThat(b.knownAt(ADOPTION)).isSameAs(b);
        assertThat(fin.knownAt(JUNE_26)).isFalse();
        assertThat(fin.withKnownFrom(null).knownAt(JUNE_26)).isTrue();
        assertThat(fin).isNotEqualTo(fin.withKnownFrom(null));
    }

    @Test
    void theKindsOfEarlierVersions_readAsTheFifthCommitteesKinds() {
        assertThat(EventKind.formerName("INFORMAL_CONSULTATION")).contains(EventKind.INFORMAL_CONSULTATIONS);
        assertThat(EventKind.formerName("EXTERNAL_EVENT")).contains(EventKind.EXTERNAL_EVENT);
        assertThat(EventKind.formerName("informal_consultation")).isEmpty();
        assertThat(EventKind.values()).extracting(EventKind::label).containsExactly("formal meeting",
                "informal consultations", "informal informals", "bilateral", "group coordination", "plenary",
                "document issued", "deadline", "external event");
    }
}
