package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The stall watch's arithmetic, from given pulse times (no clock, no timing). */
class DiagnosticsTest {

    private static final long MS = 1_000_000L;

    @Test
    void theFirstPulse_isNeverAStall() {
        StallMeter meter = new StallMeter(50);

        assertThat(meter.pulse(5_000 * MS)).isEqualTo(-1);
        assertThat(meter.longestMs()).isZero();
    }

    @Test
    void aGapAtOrOverTheThreshold_isAStallOfItsLength() {
        StallMeter meter = new StallMeter(50);
        meter.pulse(0);

        assertThat(meter.pulse(16 * MS)).isEqualTo(-1);
        assertThat(meter.pulse(66 * MS)).isEqualTo(50 * MS);
        assertThat(meter.pulse(206 * MS)).isEqualTo(140 * MS);
        assertThat(meter.longestMs()).isEqualTo(140);
    }

    @Test
    void everyGap_isCountedInItsBucket() {
        StallMeter meter = new StallMeter(50);
        long[] times = {0, 16, 32, 60, 160, 1_500};
        for (long t : times) {
            meter.pulse(t * MS);
        }

        // gaps 16, 16, 28, 100, 1340
        assertThat(meter.histogram()).containsExactly(2, 1, 0, 1, 0, 0, 0, 1);
        assertThat(meter.histogramText())
                .isEqualTo("<=17ms:2 <=33ms:1 <=50ms:0 <=100ms:1 <=250ms:0 <=500ms:0 <=1000ms:0 >1000ms:1");
    }

    @Test
    void resetLongest_startsAFreshLongestButKeepsTheHistogram() {
        StallMeter meter = new StallMeter(50);
        meter.pulse(0);
        meter.pulse(300 * MS);

        meter.resetLongest();
        meter.pulse(320 * MS);

        assertThat(meter.longestMs()).isEqualTo(20);
        assertThat(meter.histogram()[5]).isEqualTo(1);
    }

    @Test
    void afterAPause_theNextPulseStartsAgainWithoutAGap() {
        StallMeter meter = new StallMeter(50);
        meter.pulse(0);

        meter.pause();

        assertThat(meter.pulse(10_000 * MS)).isEqualTo(-1);
        assertThat(meter.longestMs()).isZero();
    }

    @Test
    void aTimeBeforeTheLastPulse_isIgnored() {
        StallMeter meter = new StallMeter(50);
        meter.pulse(1_000 * MS);

        assertThat(meter.pulse(900 * MS)).isEqualTo(-1);
        assertThat(meter.pulse(1_016 * MS)).isEqualTo(-1);
        assertThat(meter.longestMs()).isEqualTo(16);
    }

    @Test
    void aThresholdBelowOneMillisecond_isRefused() {
        assertThatThrownBy(() -> new StallMeter(0)).hasMessageContaining("at least 1 ms");
    }
}
