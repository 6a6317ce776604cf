package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.app.WindowPlacement.Box;
import org.parley.app.WindowPlacement.Size;

/** Where a window goes: never larger than its screen, never off every screen (pure arithmetic). */
class WindowPlacementTest {

    /** A 1920×1080 screen with a 40 px panel at the bottom. */
    private static final Box FULL_HD = new Box(0, 0, 1920, 1040);
    /** A second screen to the right of it. */
    private static final Box RIGHT = new Box(1920, 0, 1280, 720);
    private static final Size MIN = new Size(900, 560);

    @Test
    void firstOpen_takesALargeScreenLessAMargin_centred() {
        Box b = WindowPlacement.firstOpen(new Box(0, 0, 1920, 1080));
        assertThat(b).isEqualTo(new Box(20, 20, 1880, 1040));
    }

    @Test
    void firstOpen_fillsALaptopScreen() {
        Box screen = new Box(0, 27, 1366, 741);
        assertThat(WindowPlacement.firstOpen(screen)).isEqualTo(screen);
    }

    @Test
    void firstOpen_fitsA1280x720Screen_withItsPanel() {
        Box screen = new Box(0, 27, 1280, 693);
        Box b = WindowPlacement.firstOpen(screen);
        assertThat(b.width()).isLessThanOrEqualTo(1280);
        assertThat(b.height()).isLessThanOrEqualTo(693);
        assertInside(b, screen);
    }

    @Test
    void aWindowLargerThanTheScreen_isCutToTheScreen() {
        Box b = WindowPlacement.clamp(new Box(100, 50, 3000, 2000), List.of(FULL_HD), FULL_HD, MIN);
        assertThat(b).isEqualTo(FULL_HD);
    }

    @Test
    void aWindowOffEveryScreen_comesOntoThePrimary_keepingItsSize() {
        Box b = WindowPlacement.clamp(new Box(5000, -4000, 1000, 700), List.of(FULL_HD), FULL_HD, MIN);
        assertThat(b.width()).isEqualTo(1000);
        assertThat(b.height()).isEqualTo(700);
        assertInside(b, FULL_HD);
    }

    @Test
    void aWindowPartlyOff_movesIn_asLittleAsNeeded() {
        Box b = WindowPlacement.clamp(new Box(1500, -30, 1000, 700), List.of(FULL_HD), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(920, 0, 1000, 700));
    }

    @Test
    void aWindowOnTheSecondScreen_staysThere_fittedToIt() {
        Box b = WindowPlacement.clamp(new Box(2000, 100, 1200, 900), List.of(FULL_HD, RIGHT), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(2000, 0, 1200, 720));
    }

    @Test
    void aWindowAcrossTwoScreens_goesToTheOneHoldingMostOfIt() {
        Box b = WindowPlacement.clamp(new Box(1700, 100, 1000, 600), List.of(FULL_HD, RIGHT), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(1920, 100, 1000, 600));
    }

    @Test
    void aWindowLeftOnAScreenNoLongerThere_comesOntoThePrimary() {
        Box b = WindowPlacement.clamp(new Box(2000, 100, 1200, 700), List.of(FULL_HD), FULL_HD, MIN);
        assertThat(b.width()).isEqualTo(1200);
        assertInside(b, FULL_HD);
    }

    @Test
    void aScreenSmallerThanTheMinimum_winsOverTheMinimum() {
        Box small = new Box(0, 0, 800, 500);
        Box b = WindowPlacement.clamp(new Box(0, 0, 1200, 800), List.of(small), small, MIN);
        assertThat(b).isEqualTo(small);
    }

    @Test
    void aTinyWindow_growsToTheMinimum() {
        Box b = WindowPlacement.clamp(new Box(10, 10, 20, 20), List.of(FULL_HD), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(10, 10, 900, 560));
    }

    @Test
    void negativeZeroOrNotANumber_sizesAndPlaces_giveTheFirstOpenPlacement() {
        Box first = WindowPlacement.firstOpen(FULL_HD);
        for (Box bad : List.of(new Box(10, 10, -800, 600), new Box(10, 10, 800, 0), new Box(Double.NaN, 10, 800, 600),
                new Box(10, 10, 800, Double.POSITIVE_INFINITY), new Box(10, Double.NEGATIVE_INFINITY, 800, 600))) {
            assertThat(WindowPlacement.clamp(bad, List.of(FULL_HD), FULL_HD, MIN)).as(bad.toString()).isEqualTo(first);
        }
        assertThat(WindowPlacement.clamp(null, List.of(FULL_HD), FULL_HD, MIN)).isEqualTo(first);
    }

    @Test
    void aNegativePlace_onAScreenLeftOfThePrimary_isKept() {
        Box left = new Box(-1280, 0, 1280, 1024);
        Box b = WindowPlacement.clamp(new Box(-1200, 20, 1000, 700), List.of(FULL_HD, left), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(-1200, 20, 1000, 700));
    }

    @Test
    void noScreensListed_usesThePrimary() {
        Box b = WindowPlacement.clamp(new Box(100, 100, 1000, 700), List.of(), FULL_HD, MIN);
        assertThat(b).isEqualTo(new Box(100, 100, 1000, 700));
    }

    private static void assertInside(Box b, Box screen) {
        assertThat(b.x()).isGreaterThanOrEqualTo(screen.x());
        assertThat(b.y()).isGreaterThanOrEqualTo(screen.y());
        assertThat(b.x() + b.width()).isLessThanOrEqualTo(screen.x() + screen.width());
        assertThat(b.y() + b.height()).isLessThanOrEqualTo(screen.y() + screen.height());
    }
}
