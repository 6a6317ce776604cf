package org.parley.app;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.parley.model.DeskClock;
import org.parley.service.Briefings;
import org.parley.service.Desk;
import org.parley.service.Editor;
import org.parley.ui.print.PrintPreviewViewModel;
import org.parley.ui.print.PrintPreviewWindow;
import org.parley.ui.print.SheetChoice;

/**
 * File > Print… for one desk: opens the print preview on a sheet (one preview at a time), keeps
 * it following the desk (an edit or an undo builds its sheet again), and closes it with the desk.
 * Sheets are dated by the clock the header's countdown runs on, so "as of" agrees with the screen.
 */
final class PrintFlow {

    private final Stage owner;
    private final Desk desk;
    private final DeskClock clock;
    private final DeskStarter.Environment env;
    private final Supplier<ExchangeFlow.FilePicker> picker;
    private PrintPreviewWindow preview;

    PrintFlow(Stage owner, Desk desk, DeskClock clock, DeskStarter.Environment env,
              Supplier<ExchangeFlow.FilePicker> picker) {
        this.owner = owner;
        this.desk = desk;
        this.clock = clock;
        this.env = env;
        this.picker = picker;
    }

    /** A gesture was applied: an open preview shows the negotiation as it stands now. */
    void onApplied(Editor.Applied applied) {
        current().ifPresent(p -> p.viewModel().negotiationChanged(Briefings.of(desk, clock.now())));
    }

    /** The preview, while one is open. */
    Optional<PrintPreviewWindow> current() {
        return Optional.ofNullable(preview).filter(p -> p.stage().isShowing());
    }

    /** Opens the preview on {@code choice}, built from the negotiation as it stands. */
    void open(SheetChoice choice) {
        close();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(Briefings.of(desk, now()),
                env.background(), Platform::runLater, choice);
        // The save dialog goes through the same picker as File > Export…, so tests can answer it.
        preview = new PrintPreviewWindow(owner, vm, new PrintPreviewWindow.Services(env.background(),
                (chooser, window) -> picker.get().save(chooser, window)));
        preview.show();
    }

    /** Closes the preview: its sheet is of a desk that is closing, or about to be replaced. */
    void close() {
        if (preview != null) {
            preview.stage().close();
            preview = null;
        }
    }

    private Instant now() {
        return clock.now();
    }
}
