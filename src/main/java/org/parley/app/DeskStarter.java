package org.parley.app;

import org.parley.ui.common.NativeFileDialogs;
import org.parley.ui.common.Theme;
import org.parley.model.Faults;
import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parley.model.Countdown;
import org.parley.model.DeskClock;
import org.parley.model.Negotiation;
import org.parley.model.ProposedCuts;
import org.parley.service.BackupEntry;
import org.parley.service.Desk;
import org.parley.service.DeskException;
import org.parley.service.DeskService;
import org.parley.service.OpenProgress;
import org.parley.ui.backups.RestoreBackupDialog;
import org.parley.ui.backups.RestoreBackupViewModel;
import org.parley.ui.common.FxDialogs;
import org.parley.ui.main.DeskActions;
import org.parley.ui.main.MainViewModel;
import org.parley.ui.main.MainWindow;
import org.parley.ui.main.OpeningView;
import org.parley.ui.print.PrintPreviewWindow;

/**
 * Puts a workspace on the desk: opens it off the JavaFX thread with progress shown, then shows
 * the window on it; or says what is wrong and offers another workspace or quitting.
 */
public final class DeskStarter {

    /**
     * What the starter needs from around it; tests pass a same-thread executor, a fixed clock,
     * a list for the error log and an exit that ends nothing.
     *
     * @param background where slow work runs
     * @param wall the wall clock the desk clock runs on
     * @param errorLog where error messages go besides the dialog (stderr in the app)
     * @param exit ends the application
     * @param recent the workspaces opened last, for File > Open recent; null keeps no list (tests)
     * @param theme the theme chosen last, put on the window and remembered when changed; null: light, not remembered (tests)
     */
    public record Environment(Executor background, Clock wall, Consumer<String> errorLog, Runnable exit,
                              RecentWorkspaces recent, RememberedTheme theme) {
        public Environment {
            Objects.requireNonNull(background);
            Objects.requireNonNull(wall);
            Objects.requireNonNull(errorLog);
            Objects.requireNonNull(exit);
        }

        public Environment(Executor background, Clock wall, Consumer<String> errorLog, Runnable exit) {
            this(background, wall, errorLog, exit, null, null);
        }

        public Environment(Executor background, Clock wall, Consumer<String> errorLog, Runnable exit,
                           RecentWorkspaces recent) {
            this(background, wall, errorLog, exit, recent, null);
        }
    }

    private final Stage stage;
    private final DeskService service;
    private final Environment env;
    /** The desk on the screen, with everything it put there; null while none is open. */
    private DeskSession session;
    /**
     * A session ended for work on its workspace that is still open (File > Import…): no key,
     * listener or timer of it is left, and {@link #close} closes its workspace.
     */
    private DeskSession ended;
    /** The workspace left to open another; a failed or cancelled open goes back to it. */
    private Back back;
    private ExchangeFlow.FilePicker filePicker = ExchangeFlow.FilePicker.NATIVE;

    /** Where to go back to: a workspace on one negotiation. */
    private record Back(Path file, long negotiationId) {
    }

    public DeskStarter(Stage stage, DeskService service, Environment env) {
        this.stage = Objects.requireNonNull(stage);
        this.service = Objects.requireNonNull(service);
        this.env = Objects.requireNonNull(env);
        org.parley.ui.common.Mnemonics.installForWindows(); // Alt+letter on every dialog's buttons
    }

    /**
     * Answers File > Import… and Export… with these files instead of a native file dialog
     * (which a headless test cannot drive).
     *
     * @param open the file to import, or empty for "cancelled"
     * @param save the file to export to, or empty for "cancelled"
     */
    public void answerFileChoosersWith(Supplier<Optional<Path>> open, Supplier<Optional<Path>> save) {
        filePicker = ExchangeFlow.FilePicker.answering(open, save);
    }

    /** The window on the open desk, once there is one. */
    public Optional<MainWindow> window() {
        return Optional.ofNullable(session).map(DeskSession::window);
    }

    public Optional<Desk> desk() {
        return Optional.ofNullable(session).map(DeskSession::desk);
    }

    /** The print preview, while one is open. */
    public Optional<PrintPreviewWindow> printPreview() {
        return session == null ? Optional.empty() : session.printing().current();
    }

    /** Opens a workspace; must be called on the JavaFX thread. */
    public void open(Path file) {
        open(file, null);
    }

    /**
     * Opens a workspace on one negotiation (or its first, for null); on the JavaFX thread. The
     * desk on the screen is closed first, before the progress view shows: a gesture begun on it
     * (a form still open) finds its editor closed and writes nothing, in it or in the next one.
     */
    private void open(Path file, Long negotiationId) {
        leaveDesk();
        Stages stages = new Stages(showProgress(file));
        background(file, () -> service.open(file, negotiationId, stages), this::failed, stages);
    }

    /** Closes the desk on the screen, remembering it so that a failed open can go back to it. */
    private void leaveDesk() {
        if (session != null) {
            back = new Back(session.desk().file(), session.desk().editor().negotiationId());
            close();
        }
    }

    /** After a failed or cancelled open: the workspace left for it opens again, or, with none, Parley quits. */
    private void goBack() {
        Back to = back;
        back = null;
        if (to == null) {
            quit();
        } else {
            open(to.file(), to.negotiationId());
        }
    }

    /** Closes the open workspace, if any. */
    public void close() {
        if (ended != null) {
            DeskSession closing = ended;
            ended = null;
            try {
                closing.close(); // ended already: this closes its workspace
            } catch (DeskException e) {
                env.errorLog().accept("parley: " + e.getMessage());
            }
        }
        if (session != null) {
            DeskSession closing = session;
            session = null;
            try {
                closing.close(); // its keys, listeners and ticker first, then the workspace
            } catch (DeskException e) {
                env.errorLog().accept("parley: " + e.getMessage());
            }
        }
    }

    /** The workspaces opened before, newest first, without the one on the desk. */
    private List<Path> recentWorkspaces() {
        if (env.recent() == null) {
            return List.of();
        }
        Optional<Desk> desk = desk();
        return env.recent().list().stream().filter(p -> desk.isEmpty() || !p.equals(desk.get().file())).toList();
    }

    private void remember(Path file) {
        if (env.recent() == null) {
            return;
        }
        try {
            env.recent().add(file);
        } catch (IOException e) {
            // The list is a convenience: the desk is open, so say it and go on.
            env.errorLog().accept("parley: could not update the list of recent workspaces: " + e.getMessage());
        }
    }

    private OpeningView showProgress(Path file) {
        return showProgress("Opening " + file + " …");
    }

    private OpeningView showProgress(String text) {
        OpeningView view = new OpeningView(text);
        setRoot(view);
        stage.show();
        return view;
    }

    /**
     * An open in stages (issue 12): the negotiation's header as soon as its row is read, then
     * what is being read, on the progress view; Cancel stops the open between parts. Called on
     * the opening thread; what it shows goes to the JavaFX thread.
     */
    private final class Stages implements OpenProgress {
        private final OpeningView view;
        private final AtomicBoolean stop = new AtomicBoolean();

        Stages(OpeningView view) {
            this.view = view;
            view.onCancel(() -> stop.set(true));
        }

        @Override
        public void header(Negotiation n) {
            String countdown = Countdown.describe(DeskClock.forNegotiation(n, env.wall()).now(), n.deadline(), n.zone());
            Platform.runLater(() -> view.showHeader(n.title(), n.body(), countdown));
        }

        @Override
        public void reading(String what) {
            Platform.runLater(() -> {
                if (!stop.get()) {
                    view.say(what);
                }
            });
        }

        @Override
        public boolean goOn() {
            return !stop.get();
        }
    }

    private void show(Desk opened, ProposedCuts cuts) {
        Diagnostics.workspaceRead(stage);
        close();
        back = null;
        NativeFileDialogs.afterEachDialog(this::reassertLocks);
        MainViewModel vm = new MainViewModel();
        DeskClock deskClock = DeskClock.forNegotiation(opened.data().negotiation(), env.wall());
        // one desk clock: the window's is the one the history dates a replay's changes by (decision 0029)
        opened.editor().useDeskClock(deskClock);
        vm.show(opened.data(), cuts, opened.file(), deskClock);
        vm.attach(opened.editor(), new FxDialogs(() -> stage));
        PrintFlow print = new PrintFlow(stage, opened, deskClock, env, () -> filePicker);
        ExchangeFlow exchange = new ExchangeFlow(stage, env.background(), env.errorLog(), exchangeHost(opened),
                ExchangeFlow.FilePicker.askingEachTime(() -> filePicker));
        MainWindow window = new MainWindow(vm, new DeskActions(this::chooseAndOpen, this::chooseNew, this::about,
                this::quit, this::restoreBackup, exchange::importFile, exchange::exportFile, this::recentWorkspaces,
                this::open, print::open, env.background(), this::rememberTheme));
        session = new DeskSession(opened, vm, window, print);
        // a view that fails after a committed gesture is a bug: said in the log, never "not possible"
        opened.editor().onListenerFailure(e -> env.errorLog().accept(
                "parley: a view could not show the last change (it is saved): " + Faults.describe(e)));
        remember(opened.file());
        setRoot(window);
        // the view as left in this workspace: window, dividers, tab, selection (decision 0015)
        ViewMemory view = new ViewMemory(stage, window, vm, opened, env.errorLog());
        session.onClose(view::end);
        view.restoreAndRemember();
        // The title bar follows the header's title, so an edit of the negotiation's title (and its undo) shows there too.
        String readOnly = opened.readOnly() ? " (read-only)" : "";
        stage.titleProperty().bind(javafx.beans.binding.Bindings.concat("Parley — ", vm.titleProperty(), readOnly));
        opened.notice().ifPresent(notice -> {
            env.errorLog().accept("parley: " + notice);
            OpenErrorDialog.tell(stage, Alert.AlertType.WARNING, "open-notice", "Parley opened the workspace, but:",
                    notice, false);
        });
        session.start();
        // the panes come into the scene one frame after another; --diagnose then waits for their rows (decision 0020)
        window.showInStages(() -> {
            window.missionsPane().table().requestFocus();
            Diagnostics.deskShown(stage);
        });
    }

    /**
     * After a native file dialog (which may have opened the workspace's files and so dropped the
     * process's locks on them), the open desk takes its locks again; a failure is said at once.
     */
    private void reassertLocks() {
        Desk open = desk().orElse(null);
        if (open == null) {
            return;
        }
        try {
            open.reassertLocks();
        } catch (DeskException e) {
            env.errorLog().accept("parley: " + e.getMessage());
            OpenErrorDialog.tell(stage, Alert.AlertType.ERROR, "locks-lost", "The workspace is no longer locked",
                    e.getMessage(), false);
        }
    }

    /** Import and export show progress in this window and, after an import, reopen the desk on the result. */
    private ExchangeFlow.Host exchangeHost(Desk of) {
        return new ExchangeFlow.Host() {
            @Override
            public Optional<Desk> desk() {
                // the flow works on the desk of the session that built it, and only while it is on the screen
                return session != null && session.desk() == of ? Optional.of(of) : Optional.empty();
            }

            @Override
            public void endSession() {
                // before the progress view: no key, listener, timer or late gesture reaches the desk
                // while the work runs on its workspace; reopen() closes the workspace after
                if (session != null && session.desk() == of) {
                    ended = session;
                    session = null;
                    ended.end();
                }
            }

            @Override
            public void showProgress(String what) {
                DeskStarter.this.showProgress(what);
            }

            @Override
            public void showWindow() {
                window().ifPresent(DeskStarter.this::setRoot);
            }

            @Override
            public void reopen(Path workspace, long negotiationId) {
                close(); // one connection to the file at a time
                open(workspace, negotiationId);
            }
        };
    }

    private void setRoot(Parent root) {
        setSceneRoot(root);
        if (session != null) {
            // the session's keys are on the scene only while its window is: never under the progress view
            if (root == session.window()) {
                session.keysOn(stage.getScene());
            } else {
                session.keysOff();
            }
        }
    }

    private void setSceneRoot(Parent root) {
        if (stage.getScene() == null) {
            // One scene for the desk's whole life, sized to the screen: the progress view and
            // the desk (and a desk opened later) share it, so the window never jumps in size.
            // A workspace that remembers its window puts it back when it opens (ViewMemory).
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            WindowPlacement.Box first = WindowPlacement.firstOpen(new WindowPlacement.Box(screen.getMinX(),
                    screen.getMinY(), screen.getWidth(), screen.getHeight()));
            Scene scene = new Scene(root);
            stage.setX(first.x());
            stage.setY(first.y());
            stage.setWidth(first.width());
            stage.setHeight(first.height());
            (env.theme() == null ? Theme.LIGHT : env.theme().read()).applyTo(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    private void failed(DeskException e) {
        env.errorLog().accept("parley: " + e.getMessage());
        if (e.cancelled() && back != null) {
            goBack(); // the desk left for this one opens again
            return;
        }
        List<BackupEntry> backups = OpenErrorDialog.restoreMayHelp(e) ? backupsOf(e.file()) : List.of();
        OpenErrorDialog.Answer answer = OpenErrorDialog.ask(stage, e, !backups.isEmpty(), back != null);
        if (answer == OpenErrorDialog.Answer.OPEN_ANOTHER) {
            chooseAndOpen();
        } else if (answer == OpenErrorDialog.Answer.OPEN_READ_ONLY) {
            Stages stages = new Stages(showProgress(e.file()));
            background(e.file(), () -> service.openReadOnly(e.file(), null, stages), this::failed, stages);
        } else if (answer == OpenErrorDialog.Answer.RESTORE_BACKUP) {
            restoreInstead(e, backups);
        } else {
            goBack();
        }
    }

    private List<BackupEntry> backupsOf(Path file) {
        try {
            return service.backups(file);
        } catch (DeskException ignored) {
            return List.of(); // the error being shown is the one that matters
        }
    }

    /** File > Restore backup on the open desk: the current state is backed up first, by the service. */
    private void restoreBackup() {
        if (session == null || session.desk().readOnly()) {
            return;
        }
        Desk desk = session.desk();
        Path file = desk.file();
        Optional<BackupEntry> chosen = RestoreBackupDialog.show(stage, file, new RestoreBackupViewModel(backupsOf(file),
                desk.data().negotiation().zone(), desk.editor().deskClock()));
        if (chosen.isEmpty()) {
            return;
        }
        Desk current = desk;
        // the session ends before the progress view shows: no key, listener or timer of it reaches
        // the desk being restored; the service restores into the workspace and closes it
        DeskSession ending = session;
        session = null;
        ending.end();
        showProgress(file);
        background(file, () -> service.restore(current, chosen.get().file()), e -> {
            env.errorLog().accept("parley: " + e.getMessage());
            OpenErrorDialog.tell(stage, Alert.AlertType.ERROR, "restore-error", "The backup was not restored",
                    e.getMessage(), true);
            open(file);
        });
    }

    /** The workspace cannot be opened: the chosen backup takes its place, and the bad file is kept beside it. */
    private void restoreInstead(DeskException e, List<BackupEntry> backups) {
        Path file = e.file();
        Optional<BackupEntry> chosen = RestoreBackupDialog.show(stage, file, new RestoreBackupViewModel(backups));
        if (chosen.isEmpty()) {
            failed(e);
            return;
        }
        showProgress(file);
        background(file, () -> service.restoreDamaged(file, chosen.get().file()), this::failed);
    }

    /** A desk to open, opened off the JavaFX thread. */
    private interface Opening {
        Desk open() throws DeskException;
    }

    /** Opens a desk in the background and shows it; a failure goes to {@code failure} on the JavaFX thread. */
    private void background(Path file, Opening opening, Consumer<DeskException> failure) {
        background(file, opening, failure, OpenProgress.NONE);
    }

    /** The same, saying its last steps on {@code progress} and stopping there when it is cancelled. */
    private void background(Path file, Opening opening, Consumer<DeskException> failure, OpenProgress progress) {
        env.background().execute(() -> {
            try {
                Desk opened = opening.open();
                ProposedCuts cuts;
                try {
                    progress.reading("Adding up the proposed cuts…");
                    cuts = ProposedCuts.of(opened.data());
                    if (!progress.goOn()) {
                        throw DeskException.cancelled(file);
                    }
                    progress.reading("Laying out the desk…");
                } catch (DeskException | RuntimeException | OutOfMemoryError e) {
                    closeQuietly(opened);
                    throw e;
                }
                Platform.runLater(() -> show(opened, cuts));
            } catch (DeskException e) {
                Platform.runLater(() -> failure.accept(e));
            } catch (OutOfMemoryError e) {
                // what was read is garbage now; say it as the service does for a read that ran out
                String why = file + " is too large to open in the memory Parley may use ("
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB). Nothing was changed. Start Parley with "
                        + "more memory, e.g. JDK_JAVA_OPTIONS=-Xmx4g bin/parley --workspace " + file;
                Platform.runLater(() -> failure.accept(new DeskException(file, why, null)));
            } catch (RuntimeException e) {
                // a sentence of the model's (a total too large to add up) reads as it is; anything
                // else is a fault, named by its kind
                String why = Faults.describe(e);
                Platform.runLater(() -> failure.accept(new DeskException(file,
                        "Parley could not open " + file + ": " + why, e)));
            }
        });
    }

    private void closeQuietly(Desk desk) {
        try {
            desk.close();
        } catch (DeskException | RuntimeException e) {
            env.errorLog().accept("parley: " + e.getMessage());
        }
    }

    private void chooseAndOpen() {
        FileChooser chooser = chooser("Open workspace");
        File chosen = NativeFileDialogs.open(chooser, stage);
        if (chosen != null) {
            open(chosen.toPath());
        } else if (session != null) {
            setRoot(session.window());
        } else {
            goBack();
        }
    }

    private void chooseNew() {
        FileChooser chooser = chooser("New workspace");
        chooser.setInitialFileName("negotiation" + WorkspaceLocations.EXTENSION);
        File chosen = NativeFileDialogs.save(chooser, stage);
        if (chosen == null) {
            return;
        }
        Path path = WorkspaceLocations.withExtension(chosen.toPath());
        if (Files.exists(path)) {
            // Never overwrite: a workspace may hold months of work.
            Alert alert = new Alert(Alert.AlertType.WARNING, path + " already exists. Parley does not overwrite files; "
                    + "use File > Open workspace to open it, or choose another name.", ButtonType.OK);
            alert.initOwner(stage);
            alert.setHeaderText("The file exists");
            alert.showAndWait();
            return;
        }
        open(path);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Parley workspaces (*.parley, *.db)", "*" + WorkspaceLocations.EXTENSION, "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Optional<Desk> desk = desk();
        if (desk.isPresent() && desk.get().file().getParent() != null) {
            chooser.setInitialDirectory(desk.get().file().getParent().toFile());
        }
        return chooser;
    }

    private void about() {
        AboutDialog.show(stage, desk().map(Desk::file));
    }

    /** View > Dark theme: remembered for the next start; a failure to write is said and changes nothing else. */
    private void rememberTheme(Theme chosen) {
        if (env.theme() == null) {
            return;
        }
        try {
            env.theme().write(chosen);
        } catch (IOException e) {
            env.errorLog().accept("parley: could not remember the theme: " + e.getMessage());
        }
    }

    private void quit() {
        close();
        env.exit().run();
    }
}
