package org.parley.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.print.Orientation;
import org.parley.print.PageSetup;
import org.parley.print.Paper;

/** How a printer job's paper and printable area become our page setup, decided without a printer. */
class PrinterFitTest {

    @Test
    void a4Portrait_withSmallHardwareMargins_isOurA4_withTheDefaultMargin() {
        PrinterFit fit = PrinterFit.of("A4", 595.276, 841.89, false, 18, 18, 18, 18);

        assertThat(fit.setup()).isEqualTo(new PageSetup(Paper.A4, Orientation.PORTRAIT, PageSetup.DEFAULT_MARGIN));
        assertThat(fit.note()).isEmpty();
    }

    @Test
    void theNodeIsMovedBackByTheLeftAndTopMargins_soOurOriginLandsOnThePapersCorner() {
        PrinterFit fit = PrinterFit.of("Letter", 612, 792, false, 12, 20, 14, 30);

        assertThat(fit.offsetX()).isEqualTo(-12);
        assertThat(fit.offsetY()).isEqualTo(-14);
    }

    @Test
    void hardwareMarginsWiderThanOurs_widenTheLayoutsMargin() {
        PrinterFit fit = PrinterFit.of("Letter", 612, 792, false, 18, 18, 18, 47.2);

        assertThat(fit.setup().margin()).isEqualTo(48f);
    }

    @Test
    void landscape_isKept() {
        PrinterFit fit = PrinterFit.of("Letter", 612, 792, true, 18, 18, 18, 18);

        assertThat(fit.setup().orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(fit.setup().width()).isEqualTo(792f);
    }

    @Test
    void aLargerPaper_getsTheLargestLayoutThatFitsOnIt_withANote() {
        PrinterFit fit = PrinterFit.of("Legal", 612, 1008, false, 18, 18, 18, 18);

        assertThat(fit.setup().paper()).isEqualTo(Paper.A4);
        assertThat(fit.note()).contains("Legal", "A4").doesNotContain("cut off");
    }

    @Test
    void aSmallerPaper_getsTheLayoutThatOverflowsItLeast_andWarnsThatEdgesMayBeCutOff() {
        PrinterFit fit = PrinterFit.of("A5", 419.53, 595.28, false, 18, 18, 18, 18);

        assertThat(fit.setup().paper()).isEqualTo(Paper.LETTER);
        assertThat(fit.note()).contains("A5", "cut off");
    }
}
