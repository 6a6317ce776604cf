package org.parley.ui.print;

import org.parley.ui.common.NativeFileDialogs;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.parley.print.FxPageRenderer;
import org.parley.print.Orientation;
import org.parley.print.Page;
import org.parley.print.PageSetup;
import org.parley.print.Paper;

/**
 * The print preview: a window owned by the desk, showing one sheet page by page as it will
 * print, with the sheet, paper, orientation and zoom to choose, and "Print…" and "Save as PDF…".
 * It binds to a {@link PrintPreviewViewModel} and forwards gestures; the printer job is run by a
 * {@link SheetPrinter}.
 */
public final class PrintPreviewWindow {

    /** Shows a save dialog; tests answer with a path instead of the platform's dialog. */
    @FunctionalInterface
    public interface SaveChooser {
        Optional<Path> save(FileChooser chooser, Stage owner);

        SaveChooser NATIVE = (chooser, owner) -> Optional.ofNullable(NativeFileDialogs.save(chooser, owner)).map(f -> f.toPath());
    }

    /**
     * What the preview needs from around it.
     *
     * @param background where layout, PDF writing and the end of a print job run
     * @param saveChooser asks where to save the PDF
     * @param jobs makes a printer job, or null when there is no printer ({@link PrinterJob#createPrinterJob})
     */
    public record Services(Executor background, SaveChooser saveChooser, Supplier<PrinterJob> jobs) {
        public Services {
            Objects.requireNonNull(background);
            Objects.requireNonNull(saveChooser);
            Objects.requireNonNull(jobs);
        }

        public Services(Executor background, SaveChooser saveChooser) {
            this(background, saveChooser, PrinterJob::createPrinterJob);
        }
    }

    private static final double GUTTER = 48;
    /** How far the page's shadow reaches beyond it on each side, unzoomed (it counts in the page's bounds). */
    private static final double SHADOW = 12;

    private final Stage stage = new Stage();
    private final PrintPreviewViewModel vm;
    private final Services services;
    private final SheetPrinter printer;
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane desk = new StackPane();
    private final ComboBox<SheetKind> kind = new ComboBox<>();
    private final ComboBox<PrintPreviewViewModel.Subject> subject = new ComboBox<>();
    private final ComboBox<PrintPreviewViewModel.Lookback> lookback = new ComboBox<>();
    private final TextField sinceTime = new TextField();
    private boolean syncing;

    public PrintPreviewWindow(Window owner, PrintPreviewViewModel vm, Services services) {
        this.vm = vm;
        this.services = services;
        this.printer = new SheetPrinter(services.jobs(), services.background(), new SheetPrinter.Report() {
            @Override
            public void noPrinter() {
                offerPdfInstead();
            }

            @Override
            public void progress(boolean busy, String text) {
                vm.printing(busy, text);
            }

            @Override
            public void failed(String message) {
                vm.printing(false, "Printing failed.");
                error("Printing failed", message);
            }

            @Override
            public void paperChosen(PageSetup setup) {
                vm.followPrinter(setup);
            }
        });
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        BorderPane root = new BorderPane();
        root.setId("print-preview");
        root.getStyleClass().add("print-preview");
        root.setTop(new VBox(sheetBar(), pageBar()));
        root.setCenter(pageArea());
        root.setBottom(statusBar());
        // A page and its bars, as tall as the screen allows (a laptop's may be shorter than a page).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1000, screen.getWidth() - 40), Math.min(900, screen.getHeight() - 40));
        org.parley.ui.common.Theme.sameAs(scene, owner);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> "Print preview — "
                + (vm.sheetProperty().get() == null ? vm.choiceProperty().get().kind() : vm.sheetProperty().get().title()),
                vm.sheetProperty(), vm.choiceProperty()));
        vm.choiceProperty().addListener((obs, old, now) -> sync());
        vm.revisionProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    public Stage stage() {
        return stage;
    }

    public PrintPreviewViewModel viewModel() {
        return vm;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    // ---- the bars

    private Node sheetBar() {
        kind.setId("sheet-kind");
        kind.getItems().setAll(SheetKind.values());
        kind.valueProperty().addListener((obs, old, k) -> {
            if (!syncing && k != null) {
                vm.chooseKind(k);
                sync(); // a kind with nothing to be about stays unchosen
            }
        });
        tip(kind, "Which briefing sheet to show");
        subject.setId("sheet-subject");
        subject.valueProperty().addListener((obs, old, s) -> {
            if (!syncing) {
                vm.chooseSubject(s);
            }
        });
        tip(subject, "The mission, delegation or scenario the sheet is about");
        lookback.setId("sheet-since");
        lookback.getItems().setAll(PrintPreviewViewModel.LOOKBACKS);
        lookback.valueProperty().addListener((obs, old, l) -> {
            if (!syncing) {
                vm.chooseLookback(l);
            }
        });
        tip(lookback, "How far back the daily brief's \"what changed\" looks");
        sinceTime.setId("sheet-since-time");
        sinceTime.setPromptText("or since 25 Jun 2018 18:00");
        sinceTime.setPrefColumnCount(14);
        sinceTime.setOnAction(e -> {
            markProblem(!vm.chooseSince(sinceTime.getText()).isEmpty());
        });
        tip(sinceTime, "What changed since a time of your own, in the negotiation's time zone; press Enter");
        subject.setPrefWidth(340);
        lookback.setPrefWidth(260);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = button("save-pdf", "Save as P_DF…", "Write the sheet, as shown, to a PDF file", this::savePdf);
        Button print = button("print", "_Print…", "Choose a printer and print the sheet", this::print);
        print.setDefaultButton(true);
        save.disableProperty().bind(vm.sheetProperty().isNull().or(vm.busyProperty()));
        print.disableProperty().bind(vm.sheetProperty().isNull().or(vm.busyProperty()));
        HBox bar = new HBox(8, new Label("Sheet"), kind, subject, lookback, sinceTime, spacer, save, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("print-bar");
        return bar;
    }

    private Node pageBar() {
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("paper");
        paper.getItems().setAll(Paper.values());
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        tip(paper, "The paper the sheet is laid out for");
        ComboBox<Orientation> orientation = new ComboBox<>();
        orientation.setId("orientation");
        orientation.getItems().setAll(Orientation.values());
        orientation.valueProperty().bindBidirectional(vm.orientationProperty());
        tip(orientation, "Portrait, or landscape for wide tables");
        Button previous = button("page-previous", "◀", "Previous page (Page Up)", vm::previous);
        previous.disableProperty().bind(vm.atFirstPage());
        Button next = button("page-next", "▶", "Next page (Page Down)", vm::next);
        next.disableProperty().bind(vm.atLastPage());
        Label number = new Label();
        number.setId("page-number");
        number.getStyleClass().add("page-number");
        number.textProperty().bind(vm.pageTextProperty());
        ToggleButton fit = new ToggleButton("Fit width");
        fit.setId("zoom-fit");
        fit.selectedProperty().bindBidirectional(vm.fitWidthProperty());
        tip(fit, "Fit the page to the window's width (Ctrl+0)");
        Button out = button("zoom-out", "−", "Zoom out (Ctrl+minus)", vm::zoomOut);
        Button in = button("zoom-in", "+", "Zoom in (Ctrl+plus)", vm::zoomIn);
        Label zoom = new Label();
        zoom.setId("zoom-text");
        zoom.setMinWidth(44);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(shownZoom() * 100) + "%",
                vm.zoomProperty(), vm.fitWidthProperty(), scroll.viewportBoundsProperty(), vm.pageProperty()));
        HBox bar = new HBox(8, new Label("Paper"), paper, orientation, new Separator(javafx.geometry.Orientation.VERTICAL),
                previous, number, next, new Separator(javafx.geometry.Orientation.VERTICAL), fit, out, zoom, in);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("print-bar");
        return bar;
    }

    private Node pageArea() {
        desk.setId("page-view");
        desk.getStyleClass().add("print-desk");
        desk.setPadding(new Insets(GUTTER / 2));
        scroll.setContent(desk);
        scroll.setFitToWidth(true);
        scroll.hbarPolicyProperty().bind(Bindings.when(vm.fitWidthProperty())
                .then(ScrollPane.ScrollBarPolicy.NEVER).otherwise(ScrollPane.ScrollBarPolicy.AS_NEEDED));
        scroll.setPannable(true);
        scroll.getStyleClass().add("print-scroll");
        vm.pageProperty().addListener((obs, old, page) -> showPage());
        vm.zoomProperty().addListener((obs, old, z) -> showPage());
        vm.fitWidthProperty().addListener((obs, old, f) -> showPage());
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> {
            if (vm.fitWidthProperty().get() && (old == null || old.getWidth() != b.getWidth())) {
                showPage();
            }
        });
        return scroll;
    }

    private Node statusBar() {
        ProgressIndicator working = new ProgressIndicator();
        working.setId("print-progress");
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("print-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        HBox bar = new HBox(8, working, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("print-status-bar");
        return bar;
    }

    /** The page drawn as it prints, scaled as a whole (the renderer itself never scales). */
    private void showPage() {
        Page page = vm.pageProperty().get();
        if (page == null) {
            desk.getChildren().clear();
            return;
        }
        Region drawn = FxPageRenderer.render(page);
        drawn.getStyleClass().add("preview-page");
        double z = shownZoom();
        drawn.setScaleX(z);
        drawn.setScaleY(z);
        desk.getChildren().setAll(new Group(drawn));
    }

    private double shownZoom() {
        Page page = vm.pageProperty().get();
        if (!vm.fitWidthProperty().get() || page == null) {
            return vm.zoomProperty().get();
        }
        double available = scroll.getViewportBounds().getWidth() - GUTTER;
        // The shadow is drawn at the page's zoom, so it counts as part of the page's width.
        return available <= 0 ? 1.0 : PrintPreviewViewModel.fitting(available, page.width() + 2 * (float) SHADOW);
    }

    /** The "since" field marked as the forms mark a field with a problem (the words go to the status line). */
    private void markProblem(boolean problem) {
        sinceTime.getStyleClass().remove("error");
        if (problem) {
            sinceTime.getStyleClass().add("error");
        }
    }

    /** Puts the choosers in line with the view model's choice. */
    private void sync() {
        syncing = true;
        try {
            SheetChoice c = vm.choiceProperty().get();
            kind.setValue(c.kind());
            subject.getItems().setAll(vm.subjects(c.kind()));
            subject.setValue(subject.getItems().stream().filter(s -> Objects.equals(s.id(), c.subjectId()))
                    .findFirst().orElse(null));
            lookback.setValue(c.since() != null ? null : PrintPreviewViewModel.LOOKBACKS.stream()
                    .filter(l -> l.duration().equals(c.lookback())).findFirst().orElse(null));
            if (c.since() != null) {
                sinceTime.setText(vm.sinceText(c.since()));
                markProblem(false);
            } else {
                sinceTime.clear();
            }
            sinceTime.setVisible(!c.kind().hasSubject());
            sinceTime.setManaged(!c.kind().hasSubject());
            subject.setVisible(c.kind().hasSubject());
            subject.setManaged(c.kind().hasSubject());
            lookback.setVisible(!c.kind().hasSubject());
            lookback.setManaged(!c.kind().hasSubject());
        } finally {
            syncing = false;
        }
    }

    private void keys(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (code == KeyCode.PAGE_DOWN && !shortcut) {
            vm.next();
        } else if (code == KeyCode.PAGE_UP && !shortcut) {
            vm.previous();
        } else if (shortcut && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            vm.zoomIn();
        } else if (shortcut && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            vm.zoomOut();
        } else if (shortcut && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            vm.fitWidthProperty().set(true);
        } else if (shortcut && code == KeyCode.P && vm.sheetProperty().get() != null && !vm.busyProperty().get()) {
            print(); // Ctrl+P again, as in any desktop app's preview
        } else if (code == KeyCode.ESCAPE
                && !(e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?> open && open.isShowing())) {
            stage.close(); // but Escape in an open list only closes the list
        } else {
            return;
        }
        e.consume();
    }

    // ---- commands

    /** Print…: the printer flow; with no printer, the offer of a PDF instead. */
    public void print() {
        if (vm.sheetProperty().get() != null) {
            printer.print(vm.sheetProperty().get(), vm.setup(), stage);
        }
    }

    /** Save as PDF…: asks where, then writes in the background. */
    public void savePdf() {
        if (vm.sheetProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as PDF");
        chooser.setInitialFileName(vm.pdfFileName());
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF files (*.pdf)", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        services.saveChooser().save(chooser, stage).ifPresent(path -> vm.savePdf(path, failure -> {
            if (failure != null) {
                error("The PDF was not saved", failure);
            }
        }));
    }

    private void offerPdfInstead() {
        ButtonType pdf = new ButtonType("Save as PDF…", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Parley found no printer on this computer. Save the "
                + "sheet as a PDF to print it elsewhere or send it on.", pdf, ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Print");
        alert.setHeaderText("No printer is installed");
        alert.getDialogPane().setId("no-printer");
        // Not showAndWait: the preview stays usable and a test can answer the dialog.
        alert.setOnHidden(e -> {
            if (alert.getResult() == pdf) {
                Platform.runLater(this::savePdf);
            }
        });
        alert.show();
    }

    private void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("print-error");
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        tip(b, tooltip);
        return b;
    }

    private static void tip(Control control, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        control.setTooltip(t);
    }
}
