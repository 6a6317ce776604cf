package org.parley.ui.print;

import org.parley.model.Faults;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.parley.print.FxPageRenderer;
import org.parley.print.Orientation;
import org.parley.print.Page;
import org.parley.print.PageSetup;
import org.parley.print.Sheet;
import org.parley.print.SheetLayout;

/**
 * Prints a sheet with {@link PrinterJob}: checks there is a job at all, shows the print dialog
 * (printer, paper, orientation) owned by the preview, lays the sheet out for the paper and printable area the
 * job chose, prints one page per JavaFX pulse (so the window stays responsive and shows
 * "Printing page 2 of 5…"), and ends the job in the background. A failure says so and leaves
 * everything as it was: the sheet is still in the preview, to print again or save as a PDF.
 */
final class SheetPrinter {

    /** What the printer flow tells the preview. */
    interface Report {
        /** There is no printer: offer the PDF instead. */
        void noPrinter();

        /** Progress, or the outcome, in words; {@code busy} while the job runs. */
        void progress(boolean busy, String text);

        /** The job failed: say so, with what to do. */
        void failed(String message);

        /** The paper, orientation and margins the print dialog chose, before the sheet is laid out on them. */
        default void paperChosen(PageSetup setup) {
        }
    }

    private final Supplier<PrinterJob> jobs;
    private final Executor background;
    private final Report report;

    SheetPrinter(Supplier<PrinterJob> jobs, Executor background, Report report) {
        this.jobs = jobs;
        this.background = background;
        this.report = report;
    }

    /** Starts printing {@code sheet}, offering {@code preferred} as the paper; on the JavaFX thread. */
    void print(Sheet sheet, PageSetup preferred, Window owner) {
        PrinterJob job = jobs.get();
        if (job == null) {
            report.noPrinter();
            return;
        }
        prefer(job, preferred);
        // The print dialog has its own Page Setup tab (paper, orientation, margins), which the job
        // takes over; a second, separate page setup dialog only asked the same again.
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            report.progress(false, "Printing cancelled.");
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PrinterFit fit = fitOf(layout);
        String printer = job.getPrinter().getName();
        // The preview follows: what it shows is what goes to the printer (issue 13).
        report.paperChosen(fit.setup());
        report.progress(true, "Laying the sheet out for " + fit.setup().describe() + " on " + printer + "…");
        // Laying out a long sheet is work for the background; printing a page is the FX thread's.
        background.execute(() -> {
            List<Page> pages;
            try {
                pages = SheetLayout.layout(sheet, fit.setup());
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    job.cancelJob();
                    report.failed("The sheet could not be laid out for " + fit.setup().describe() + ": " + Faults.describe(e));
                });
                return;
            }
            Platform.runLater(() -> {
                report.progress(true, "Printing page 1 of " + pages.size() + " on " + printer + "…");
                printFrom(job, layout, fit, pages, 0, printer);
            });
        });
    }

    /** The paper the preview shows, as the job's default, so the dialogs open on it. */
    private static void prefer(PrinterJob job, PageSetup preferred) {
        Printer printer = job.getPrinter();
        javafx.print.Paper paper = preferred.paper() == org.parley.print.Paper.LETTER
                ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4;
        if (printer.getPrinterAttributes().getSupportedPapers().contains(paper)) {
            PageOrientation orientation = preferred.orientation() == Orientation.LANDSCAPE
                    ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
            job.getJobSettings().setPageLayout(printer.createPageLayout(paper, orientation,
                    Printer.MarginType.HARDWARE_MINIMUM));
        }
    }

    static PrinterFit fitOf(PageLayout layout) {
        javafx.print.Paper paper = layout.getPaper();
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        return PrinterFit.of(paper.getName(), paper.getWidth(), paper.getHeight(), landscape,
                layout.getLeftMargin(), layout.getRightMargin(), layout.getTopMargin(), layout.getBottomMargin());
    }

    /**
     * The page as the printer gets it: our page origin moved onto the paper's corner. The page
     * sits inside a group, so the offset holds however the job treats the root's own transforms.
     */
    static Node printable(Page page, PrinterFit fit) {
        Region drawn = FxPageRenderer.render(page);
        drawn.setLayoutX(fit.offsetX());
        drawn.setLayoutY(fit.offsetY());
        drawn.resize(page.width(), page.height());
        return new Group(drawn);
    }

    private void printFrom(PrinterJob job, PageLayout layout, PrinterFit fit, List<Page> pages, int i, String printer) {
        Page page = pages.get(i);
        if (!job.printPage(layout, printable(page, fit)) || job.getJobStatus() == PrinterJob.JobStatus.ERROR) {
            job.cancelJob();
            report.failed("The printer \"" + printer + "\" refused page " + page.number() + " of " + page.count()
                    + ". Check that it is on and accepting jobs (or choose another printer), or save the sheet as a"
                    + " PDF instead. Nothing was lost: the sheet is still here.");
            return;
        }
        if (i + 1 < pages.size()) {
            report.progress(true, "Printing page " + (i + 2) + " of " + pages.size() + " on " + printer + "…");
            Platform.runLater(() -> printFrom(job, layout, fit, pages, i + 1, printer));
            return;
        }
        report.progress(true, "Sending " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " to " + printer + "…");
        background.execute(() -> {
            boolean ended = job.endJob();
            Platform.runLater(() -> {
                if (ended && job.getJobStatus() != PrinterJob.JobStatus.ERROR) {
                    String note = fit.note().isEmpty() ? "" : " " + fit.note();
                    report.progress(false, "Sent " + pages.size() + (pages.size() == 1 ? " page" : " pages")
                            + " to " + printer + "." + note);
                } else {
                    report.failed("The printer \"" + printer + "\" did not finish the job. Check that it is on and"
                            + " accepting jobs (or choose another printer), or save the sheet as a PDF instead."
                            + " Nothing was lost: the sheet is still here.");
                }
            });
        });
    }
}
