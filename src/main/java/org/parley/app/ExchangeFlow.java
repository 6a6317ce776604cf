package org.parley.app;

import org.parley.ui.common.Mnemonics;
import org.parley.ui.common.NativeFileDialogs;
import org.parley.model.Faults;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.parley.io.ImportException;
import org.parley.service.Desk;
import org.parley.service.ExchangeException;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Import… and File > Export…: asks what and where, runs the work off the JavaFX thread
 * while the window shows progress, then shows the imported negotiation or says what went wrong
 * (for a bad file: the place in it and the rule; nothing was written).
 */
final class ExchangeFlow {

    /** What the flow needs from the starter that owns the window. */
    interface Host {
        /** The desk of the session that built the flow, while that session is on the screen. */
        Optional<Desk> desk();

        /**
         * Ends the session on the screen, leaving its workspace open for the work (no key,
         * listener, timer or late gesture of it reaches the desk any more); {@link #reopen} closes it.
         */
        void endSession();

        void showProgress(String what);

        /** Puts the window back after a cancelled or failed step. */
        void showWindow();

        /** Closes the desk and opens the workspace again on one negotiation. */
        void reopen(Path workspace, long negotiationId);
    }

    /** Shows a file chooser; tests answer with a path instead of a native dialog. */
    interface FilePicker {
        Optional<Path> open(FileChooser chooser, Stage owner);

        Optional<Path> save(FileChooser chooser, Stage owner);

        FilePicker NATIVE = new FilePicker() {
            @Override
            public Optional<Path> open(FileChooser chooser, Stage owner) {
                return Optional.ofNullable(NativeFileDialogs.open(chooser, owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(FileChooser chooser, Stage owner) {
                return Optional.ofNullable(NativeFileDialogs.save(chooser, owner)).map(File::toPath);
            }
        };

        /** A picker that answers with fixed choices (for tests and scripted runs). */
        static FilePicker answering(Supplier<Optional<Path>> open, Supplier<Optional<Path>> save) {
            return new FilePicker() {
                @Override
                public Optional<Path> open(FileChooser chooser, Stage owner) {
                    return open.get();
                }

                @Override
                public Optional<Path> save(FileChooser chooser, Stage owner) {
                    return save.get();
                }
            };
        }

        /** A picker that asks {@code current} which picker to use each time, so it can be swapped later. */
        static FilePicker askingEachTime(Supplier<FilePicker> current) {
            return new FilePicker() {
                @Override
                public Optional<Path> open(FileChooser chooser, Stage owner) {
                    return current.get().open(chooser, owner);
                }

                @Override
                public Optional<Path> save(FileChooser chooser, Stage owner) {
                    return current.get().save(chooser, owner);
                }
            };
        }
    }

    private static final FileChooser.ExtensionFilter JSON =
            new FileChooser.ExtensionFilter("Parley JSON (*.json)", "*.json");

    private final Stage stage;
    private final Executor background;
    private final Consumer<String> errorLog;
    private final Host host;
    private final FilePicker picker;

    ExchangeFlow(Stage stage, Executor background, Consumer<String> errorLog, Host host, FilePicker picker) {
        this.picker = picker;
        this.stage = stage;
        this.background = background;
        this.errorLog = errorLog;
        this.host = host;
    }

    void importFile() {
        Desk desk = host.desk().orElse(null);
        if (desk == null) {
            return;
        }
        Path file = picker.open(chooser("Import negotiation", desk), stage).orElse(null);
        if (file == null) {
            return;
        }
        ButtonType asNew = new ButtonType("As a new negotiation", ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(Mnemonics.quoting("Replace \u201c", desk.data().negotiation().title(), "\u201d"),
                ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = ask("Import " + file.getFileName(), "Import it as a new negotiation, or in "
                + "place of the negotiation on the desk? Replacing deletes the current one with its "
                + "history; a file that does not check out changes nothing.", "import-mode", asNew, replace);
        if (answer.isEmpty() || answer.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return;
        }
        boolean replaceThis = answer.get() == replace;
        Path workspace = desk.file();
        long current = desk.editor().negotiationId();
        host.endSession();
        host.showProgress("Importing " + file.getFileName() + " …");
        background.execute(() -> {
            try {
                long id = desk.importFile(file, replaceThis);
                Platform.runLater(() -> host.reopen(workspace, id));
            } catch (ImportException | ExchangeException e) {
                Platform.runLater(() -> importFailed(workspace, current, e.getMessage()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> importFailed(workspace, current, file + ": " + Faults.describe(e)));
            }
        });
    }

    void exportFile() {
        Desk desk = host.desk().orElse(null);
        if (desk == null) {
            return;
        }
        ButtonType one = new ButtonType("This negotiation", ButtonBar.ButtonData.YES);
        ButtonType all = new ButtonType("Whole workspace", ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = ask("Export", "Export \u201c" + desk.data().negotiation().title()
                + "\u201d, or every negotiation in the workspace?", "export-mode", one, all);
        if (answer.isEmpty() || answer.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return;
        }
        boolean whole = answer.get() == all;
        FileChooser chooser = chooser("Export to", desk);
        chooser.setInitialFileName(whole ? "workspace.json" : "negotiation.json");
        Path out = picker.save(chooser, stage).orElse(null);
        if (out == null) {
            return;
        }
        host.showProgress("Exporting to " + out.getFileName() + " …");
        background.execute(() -> {
            try {
                if (whole) {
                    desk.exportWorkspace(out);
                } else {
                    desk.exportNegotiation(out);
                }
                Platform.runLater(host::showWindow);
            } catch (ExchangeException | RuntimeException e) {
                Platform.runLater(() -> failed("Nothing was exported", e.getMessage(), "export-error"));
            }
        });
    }

    private Optional<ButtonType> ask(String header, String text, String id, ButtonType... choices) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, choices);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Parley");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        return alert.showAndWait();
    }

    /** Nothing was imported: the desk the import ended opens again as it was, and the reason is said. */
    private void importFailed(Path workspace, long negotiationId, String message) {
        host.reopen(workspace, negotiationId);
        say("Nothing was imported", message, "import-error");
    }

    private void failed(String header, String message, String id) {
        host.showWindow();
        say(header, message, id);
    }

    private void say(String header, String message, String id) {
        errorLog.accept("parley: " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Parley");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
    }

    private static FileChooser chooser(String title, Desk desk) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(JSON, new FileChooser.ExtensionFilter("All files", "*"));
        if (desk.file().getParent() != null) {
            chooser.setInitialDirectory(desk.file().getParent().toFile());
        }
        return chooser;
    }
}
