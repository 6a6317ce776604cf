package org.parley.ui.main;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import org.controlsfx.control.StatusBar;
import org.parley.ui.changes.ChangesPane;
import org.parley.ui.common.KeyboardPaths;
import org.parley.ui.common.DetailsView;
import org.parley.ui.common.Icons;
import org.parley.ui.common.MenuTwins;
import org.parley.ui.common.Theme;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.Mnemonics;
import org.parley.ui.compromises.CompromisesPane;
import org.parley.ui.positions.PositionsPane;
import org.parley.ui.common.ShownOnly;
import org.parley.ui.exchange.CsvImportDialog;
import org.parley.ui.missions.MissionsPane;
import org.parley.ui.negotiation.NegotiationMenus;
import org.parley.ui.print.SheetChoice;
import org.parley.ui.proposals.ProposalEditing;
import org.parley.ui.proposals.ProposalsPane;
import org.parley.ui.scenarios.ScenariosPane;
import org.parley.ui.timeline.TimelineView;

/**
 * The desk window's content: menus, the header with the countdown, the three panes side by
 * side, the details of the selection and the status bar. Built in code; it binds to the
 * {@link MainViewModel} and forwards gestures, nothing more.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel viewModel;
    private final MissionsPane missionsPane;
    private final ProposalsPane proposalsPane;
    private final TimelineView timelineView;
    private final TabPane bottomTabs = new TabPane();
    private final List<ShownOnly> stages = new ArrayList<>();
    private final ReadOnlyBooleanWrapper whole = new ReadOnlyBooleanWrapper(this, "whole", true);
    private final Executor background;
    private static final Set<String> WORK_TABS = Set.of("positions-tab", "compromises-tab",
            "scenarios-tab");

    public MainWindow(MainViewModel viewModel, DeskActions actions) {
        this.viewModel = viewModel;
        this.background = actions.background();
        getStyleClass().add("main-window");
        missionsPane = new MissionsPane(viewModel.missions());
        proposalsPane = new ProposalsPane(viewModel.proposals(), viewModel.proposalEditing());
        timelineView = new TimelineView(viewModel.timeline());
        MenuBar menus = menuBar(actions);
        HBox.setHgrow(menus, Priority.ALWAYS);
        HBox top = new HBox(menus, toolBar(menus));
        top.getStyleClass().add("menu-row");
        setTop(new VBox(top, header()));
        setCenter(body());
        // Alt+letter on the panes' buttons, never a letter of the menu bar's; one tab is in the scene at a time
        for (Tab t : bottomTabs.getTabs()) {
            Mnemonics.give(List.of(t.getContent()), Mnemonics.ofMenus(menus));
        }
        KeyboardPaths.contextMenuKeys(this); // the Menu key and Shift+F10: the focused row's context menu
        setBottom(statusBar());
    }

    public MissionsPane missionsPane() {
        return missionsPane;
    }

    public ProposalsPane proposalsPane() {
        return proposalsPane;
    }

    public TimelineView timelineView() {
        return timelineView;
    }

    private Node header() {
        Label title = new Label();
        title.setId("negotiation-title");
        title.getStyleClass().add("negotiation-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label body = new Label();
        body.getStyleClass().add("negotiation-body");
        body.textProperty().bind(viewModel.bodyProperty());
        Label desk = new Label();
        desk.setId("desk-time");
        desk.getStyleClass().add("desk-time");
        desk.textProperty().bind(viewModel.deskTimeProperty());
        desk.setTooltip(FigureCells.tooltip("The desk's clock. A replay starts at the negotiation's pinned desk date "
                + "and runs on from there."));
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(viewModel.countdownProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The countdown and the desk's clock are never cut: the title and the body give way first
        // (ellipsised, the whole text in their tooltips), and the title keeps a few words.
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        desk.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(120);
        body.setMinWidth(0);
        title.setTooltip(FigureCells.tooltip(""));
        title.getTooltip().textProperty().bind(viewModel.titleProperty());
        body.setTooltip(FigureCells.tooltip(""));
        body.getTooltip().textProperty().bind(viewModel.bodyProperty());
        HBox header = new HBox(14, title, body, spacer, desk, countdown);
        if (viewModel.readOnly()) {
            Label readOnly = new Label("read-only");
            readOnly.setId("read-only");
            readOnly.getStyleClass().add("read-only-badge");
            readOnly.setTooltip(FigureCells.tooltip("Another Parley has this workspace open for writing. You can read "
                    + "it here; changes are refused. Close it there and open it again here to make changes."));
            header.getChildren().add(2, readOnly);
        }
        header.getStyleClass().add("desk-header");
        return header;
    }

    private Node body() {
        SplitPane panes = new SplitPane(staged(missionsPane), staged(proposalsPane), staged(timelineView));
        panes.setId("panes");
        panes.setDividerPositions(0.42, 0.72); // the proposals pane wide enough for its key columns at 1280x720
        DetailsView details = new DetailsView(this::detailLink);
        details.setId("details");
        details.textProperty().bind(viewModel.detailsProperty());
        details.getStyleClass().add("details");
        bottomTabs.setId("bottom-tabs");
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottomTabs.getTabs().add(tab("details-tab", "Details", details));
        if (viewModel.changes() != null) {
            bottomTabs.getTabs().add(tab("changes-tab", "Changes", new ChangesPane(viewModel.changes())));
            bottomTabs.getTabs().addAll(DeliberationTabs.of(viewModel, proposalsPane));
        }
        if (viewModel.scenarios() != null) {
            bottomTabs.getTabs().add(tab("scenarios-tab", "Scenarios", new ScenariosPane(viewModel.scenarios())));
        }
        SplitPane vertical = new SplitPane(panes, staged(bottomTabs));
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setId("desk-split");
        vertical.setDividerPositions(0.78);
        // The matrix, the compromises and the scenario view are tables of their own: give them
        // room when they come to the front (the details of a selection need only a few lines).
        bottomTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null && WORK_TABS.contains(t.getId()) && vertical.getDividerPositions()[0] > 0.5) {
                vertical.setDividerPositions(0.42);
            }
        });
        return vertical;
    }

    /** A pane of the desk, in a holder that can take it out of the scene while the desk opens. */
    private ShownOnly staged(Node pane) {
        ShownOnly holder = new ShownOnly(pane);
        holder.shownProperty().set(true);
        stages.add(holder);
        return holder;
    }

    /**
     * Opens the desk in stages (issue 12): the menus, header and status bar first, then the panes
     * one per frame, in reading order (missions, proposals, timeline, the lower tabs), so the first styling and layout of the
     * desk (the longest wait of an opening, the same at any size: making and styling the skins of
     * every control) is spread over several frames instead of freezing one. Calls
     * {@code whenWhole} on the JavaFX thread once every pane is back. Not in a scene: every pane
     * is already there.
     */
    public void showInStages(Runnable whenWhole) {
        Scene scene = getScene();
        if (scene == null) {
            whole.set(true);
            whenWhole.run();
            return;
        }
        whole.set(false);
        for (ShownOnly holder : stages) {
            holder.shownProperty().set(false);
        }
        attachAfterNextFrame(0, scene, whenWhole);
    }

    private void attachAfterNextFrame(int next, Scene scene, Runnable whenWhole) {
        if (next >= stages.size()) {
            whole.set(true);
            whenWhole.run();
            return;
        }
        Runnable afterFrame = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // after the frame, not inside it: the pane comes in with the next frame's styling
                Platform.runLater(() -> {
                    stages.get(next).shownProperty().set(true);
                    attachAfterNextFrame(next + 1, scene, whenWhole);
                });
            }
        };
        scene.addPostLayoutPulseListener(afterFrame);
        Platform.requestNextPulse();
    }

    /** Whether every pane of the desk is in the scene (false only while it opens in stages). */
    public ReadOnlyBooleanProperty wholeProperty() {
        return whole.getReadOnlyProperty();
    }

    private static Tab tab(String id, String text, Node content) {
        return workTab(id, text, content);
    }

    /** A tab whose content is in the scene only while the tab is in front ({@link ShownOnly}). */
    static Tab workTab(String id, String text, Node content) {
        ShownOnly holder = new ShownOnly(content);
        Tab tab = new Tab(text, holder);
        tab.setId(id);
        holder.shownProperty().bind(tab.selectedProperty());
        return tab;
    }

    /** Brings a tab of the lower area to the front. */
    public void showTab(String id) {
        bottomTabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> bottomTabs.getSelectionModel().select(t));
    }

    /**
     * What a line of the details names, as a link: a linked event selects it on the timeline, a
     * mission code selects the mission in the missions pane.
     */
    private java.util.Optional<Runnable> detailLink(String section, String line) {
        if (section.equals("Events")) {
            return viewModel.eventNamedIn(line).map(select -> () -> {
                select.run();
                timelineView.requestFocus();
            });
        }
        if (section.equals("Missions")) {
            return viewModel.missionWithCode(line.strip()).map(id -> () -> {
                missionsPane.select(id);
                missionsPane.table().requestFocus();
            });
        }
        return java.util.Optional.empty();
    }

    /** The context menu of a lower tab's pane (its table's), there whether or not the tab was ever shown. */
    private <P extends Node> javafx.scene.control.ContextMenu contextMenuOf(Class<P> pane,
            java.util.function.Function<P, javafx.scene.control.Control> table) {
        for (Tab t : bottomTabs.getTabs()) {
            Node content = t.getContent() instanceof ShownOnly held ? held.content() : t.getContent();
            if (pane.isInstance(content)) {
                return table.apply(pane.cast(content)).getContextMenu();
            }
        }
        return null;
    }

    /** Shows a tab and puts the keyboard focus on its main control (Ctrl+4, 5, 6), once it is laid out. */
    private void showTabAndFocus(String id) {
        showTab(id);
        bottomTabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> {
            applyCss();
            layout(); // a tab opened for the first time makes its skin now, so its table can take the focus
            KeyboardPaths.focusMainControl(t.getContent());
        });
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(viewModel.workspaceTextProperty());
        Label counts = new Label();
        counts.setId("counts");
        counts.textProperty().bind(viewModel.countsTextProperty());
        Label legend = new Label("* illustrative figure");
        legend.getStyleClass().add("illustrative");
        legend.setTooltip(FigureCells.tooltip("Figures in italics with an asterisk have no public source: they make "
                + "the sample complete and must not be quoted as facts. Hover over any figure for its source."));
        bar.getRightItems().addAll(counts, new Label("   "), legend);
        return bar;
    }

    private MenuBar menuBar(DeskActions actions) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                withIcon(item("_New workspace…", "Shortcut+N", actions.newWorkspace()), Icons.NEW_WORKSPACE),
                withIcon(item("_Open workspace…", "Shortcut+O", actions.openWorkspace()), Icons.OPEN),
                openRecent(actions),
                withIcon(withId(item("_Import…", "Shortcut+I", actions.importFile()), "menu-import"), Icons.IMPORT),
                importCsv(),
                withIcon(withId(item("_Export…", "Shortcut+E", actions.exportFile()), "menu-export"), Icons.EXPORT),
                new SeparatorMenuItem(),
                restoreBackupItem(actions),
                new SeparatorMenuItem(),
                printItem(actions),
                new SeparatorMenuItem(),
                withIcon(item("_Quit", "Shortcut+Q", actions.quit()), Icons.QUIT));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undoRedo());
        edit.getItems().addAll(
                new SeparatorMenuItem(),
                withId(item("_Find…", "Shortcut+F", () -> focusFilter(missionsPane.filterField())), "menu-find"),
                withIcon(item("Clear _filters", "Shortcut+Shift+F", this::clearFilters), Icons.CLEAR_FILTERS));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Missions", "Shortcut+1", () -> missionsPane.table().requestFocus()),
                item("_Proposals", "Shortcut+2", () -> proposalsPane.tree().requestFocus()),
                item("_Timeline", "Shortcut+3", timelineView::requestFocus),
                new SeparatorMenuItem(),
                withIcon(item("Zoom timeline _in", "Shortcut+EQUALS", viewModel.timeline()::zoomIn), Icons.ZOOM_IN),
                withIcon(item("Zoom timeline _out", "Shortcut+MINUS", viewModel.timeline()::zoomOut), Icons.ZOOM_OUT),
                withIcon(item("_Fit timeline", "Shortcut+0", timelineView::zoomToFit), Icons.FIT));
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("_Dark theme");
        dark.setId("menu-dark-theme");
        view.setOnShowing(e -> dark.setSelected(Theme.of(getScene()) == Theme.DARK));
        dark.selectedProperty().addListener((o, was, now) -> {
            Theme chosen = now ? Theme.DARK : Theme.LIGHT;
            if (getScene() == null || Theme.of(getScene()) == chosen) {
                return; // the menu showing the theme already on
            }
            chosen.applyTo(getScene());
            if (actions.themeChosen() != null) {
                actions.themeChosen().accept(chosen);
            }
        });
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        view.getItems().addAll(new SeparatorMenuItem(),
                item("What _changed since…", "Shortcut+Shift+H", () -> showTab("changes-tab")),
                item("_Scenarios", "Shortcut+4", () -> showTabAndFocus("scenarios-tab")),
                item("Posi_tions", "Shortcut+5", () -> showTabAndFocus("positions-tab")),
                item("Co_mpromises", "Shortcut+6", () -> showTabAndFocus("compromises-tab")));
        Menu help = new Menu("_Help");
        MenuItem shortcuts = item("_Keyboard shortcuts", "Shortcut+SLASH",
                () -> ShortcutsWindow.show(owner(), (MenuBar) lookup("#menu-bar")));
        shortcuts.setId("menu-shortcuts");
        MenuItem started = item("_Getting started", null, () -> GettingStartedWindow.show(owner()));
        started.setId("menu-getting-started");
        withIcon(started, Icons.HELP);
        withIcon(shortcuts, Icons.KEYBOARD);
        help.getItems().addAll(started, shortcuts, withIcon(item("_About Parley", "F1", actions.about()), Icons.ABOUT));
        // Missions, lines, posts, delegations and events: their menu, context menus and timeline drag.
        Menu negotiation = NegotiationMenus.install(viewModel.editing(),
                () -> getScene() == null ? null : getScene().getWindow(), missionsPane.table(), viewModel.missions(),
                timelineView);
        Menu proposal = proposalMenu();
        if (viewModel.readOnly()) {
            // Another Parley is writing this workspace: the editor refuses every gesture, and the
            // menus say so up front instead of failing on each click.
            negotiation.setDisable(true);
            proposal.setDisable(true);
        }
        // Every action of a right-click is also here: the amendments', the positions' and the compromises' menus
        proposal.getItems().addAll(new SeparatorMenuItem(), MenuTwins.mirror("A_mendment", "menu-amendment", proposal,
                () -> proposalsPane.amendmentsTable().getContextMenu()));
        Menu deliberation = new Menu("_Deliberation");
        deliberation.setId("deliberation-menu");
        deliberation.getItems().addAll(
                MenuTwins.mirror("_Positions", "menu-positions", deliberation,
                        () -> contextMenuOf(PositionsPane.class, PositionsPane::table)),
                MenuTwins.mirror("_Compromise", "menu-compromise", deliberation,
                        () -> contextMenuOf(CompromisesPane.class, CompromisesPane::table)));
        if (viewModel.readOnly()) {
            deliberation.setDisable(true);
        }
        MenuBar bar = new MenuBar(file, edit, view, negotiation, proposal, deliberation, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * The proposal gestures the window offers everywhere; the rest (editing, moving and deleting
     * amendments) sit in the proposals pane's context menus and keys, where the selection is.
     */
    private Menu proposalMenu() {
        Menu menu = new Menu("_Proposal");
        menu.setId("proposal-menu");
        ProposalEditing editing = viewModel.proposalEditing();
        if (editing == null) {
            menu.setDisable(true);
            return menu;
        }
        MenuItem edit = item("_Edit proposal…", null, () -> viewModel.onSelectedProposal(ProposalEditing::edit));
        MenuItem duplicate = item("_Duplicate proposal", null,
                () -> viewModel.onSelectedProposal(ProposalEditing::duplicate));
        MenuItem revise = item("_Revise proposal…", "Shortcut+Shift+R",
                () -> viewModel.onSelectedProposal(ProposalEditing::revise));
        revise.setId("menu-revise-proposal");
        MenuItem delete = item("De_lete proposal…", null, () -> viewModel.onSelectedProposal(ProposalEditing::delete));
        var noneSelected = viewModel.noProposalSelected();
        for (MenuItem i : List.of(edit, duplicate, revise, delete)) {
            i.disableProperty().bind(noneSelected);
        }
        MenuItem add = item("_New proposal…", "Shortcut+Shift+N", editing::newProposal);
        add.setId("menu-new-proposal");
        MenuItem propose = item("Propose _amendment on the selected row…", "Shortcut+Shift+A",
                viewModel::proposeAmendmentOnSelectedRow);
        propose.setId("menu-propose-amendment");
        menu.getItems().addAll(add, propose, new SeparatorMenuItem(), edit, duplicate, revise, delete);
        return menu;
    }

    /** Undo and redo, named for what they will undo ("Undo move amendment"). */
    private List<MenuItem> undoRedo() {
        MenuItem undo = new MenuItem("_Undo");
        undo.setId("undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        MenuItem redo = new MenuItem("_Redo");
        redo.setId("redo");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        DeskEditing editing = viewModel.editing();
        if (editing == null) {
            undo.setDisable(true);
            redo.setDisable(true);
        } else {
            undo.textProperty().bind(editing.undoTextProperty());
            undo.disableProperty().bind(editing.canUndoProperty().not());
            undo.setOnAction(e -> editing.undo());
            redo.textProperty().bind(editing.redoTextProperty());
            redo.disableProperty().bind(editing.canRedoProperty().not());
            redo.setOnAction(e -> editing.redo());
            // Ctrl+Y, the other common redo key, is the desk session's: it sits on the scene only
            // while this window is the scene's root (app/DeskSession)
        }
        return List.of(undo, redo);
    }

    private void focusFilter(TextField field) {
        field.requestFocus();
        field.selectAll();
    }

    private void clearFilters() {
        missionsPane.filterField().clear();
        proposalsPane.filterField().clear();
    }

    /**
     * The gestures of the day as buttons beside the menus: each fires its menu item, is disabled
     * with it, and names its key in its tooltip; the menu item shows the same icon.
     */
    private Node toolBar(MenuBar menus) {
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar();
        bar.setId("tool-bar");
        String[][] tools = {
            {"menu-new-proposal", Icons.NEW_PROPOSAL, "New proposal"},
            {"menu-propose-amendment", Icons.PROPOSE_AMENDMENT, "Propose an amendment on the selected row"},
            {"undo", Icons.UNDO, null},
            {"redo", Icons.REDO, null},
            {"menu-print", Icons.PRINT_PREVIEW, "Print preview of the sheet for the selection"},
            {"menu-find", Icons.FIND, "Find: filter the missions"},
        };
        for (String[] t : tools) {
            MenuItem item = find(menus.getMenus(), t[0]);
            if (item == null) {
                continue;
            }
            item.setGraphic(Icons.of(t[1]));
            // named for a screen reader (and a test), drawn as its icon only
            javafx.scene.control.Button button = new javafx.scene.control.Button(
                    t[2] == null ? item.getText().replace("_", "") : t[2], Icons.of(t[1]));
            button.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            button.setId("tool-" + t[0].replace("menu-", ""));
            button.setFocusTraversable(false); // a pointer's shortcut: the keyboard has the menus and keys
            button.disableProperty().bind(item.disableProperty());
            button.setOnAction(e -> item.fire());
            String key = item.getAccelerator() == null ? "" : " (" + item.getAccelerator().getDisplayText() + ")";
            Tooltip tip = new Tooltip();
            if (t[2] == null) {
                tip.textProperty().bind(javafx.beans.binding.Bindings.concat(item.textProperty(), key));
            } else {
                tip.setText(t[2] + key);
            }
            button.setTooltip(tip);
            bar.getItems().add(button);
        }
        return bar;
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** File > Open recent: filled each time it opens; a workspace that is gone is shown, disabled. */
    private Menu openRecent(DeskActions actions) {
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-open-recent");
        MenuItem none = new MenuItem("(no other workspace opened yet)");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            List<Path> paths = actions.recentWorkspaces() == null ? List.of() : actions.recentWorkspaces().get();
            recent.getItems().setAll(paths.isEmpty() ? List.of(none) : paths.stream().map(p -> {
                boolean gone = !Files.isRegularFile(p);
                MenuItem item = new MenuItem(p + (gone ? "  (not found)" : ""));
                item.setMnemonicParsing(false);
                item.setDisable(gone);
                item.setOnAction(a -> actions.openRecent().accept(p));
                return item;
            }).toList());
        });
        return recent;
    }

    /** File > Restore backup (safety): lists the backups; refused on a read-only desk, which must not write. */
    private MenuItem restoreBackupItem(DeskActions actions) {
        MenuItem restore = actions.restoreBackup() == null ? new MenuItem("Restore _backup…")
                : item("Restore _backup…", null, actions.restoreBackup());
        restore.setId("menu-restore-backup");
        restore.setGraphic(Icons.of(Icons.RESTORE_BACKUP));
        restore.setDisable(actions.restoreBackup() == null || viewModel.readOnly());
        return restore;
    }

    /** File > Import CSV…: a budget table from a spreadsheet, as one undoable gesture (issue 5, CSV part). */
    private MenuItem importCsv() {
        MenuItem item = item("Import _CSV…", null, () -> CsvImportDialog.choose(owner()).ifPresent(this::importCsv));
        item.setId("menu-import-csv");
        item.setGraphic(Icons.of(Icons.IMPORT_CSV));
        item.setDisable(viewModel.editing() == null);
        return item;
    }

    /** Shows the CSV import dialog for a file (what File > Import CSV… does once a file is chosen); it reads in the background. */
    public void importCsv(Path file) {
        CsvImportDialog.show(owner(), viewModel.editing(), file, background);
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** A menu item with its icon (the gestures of the toolbar get theirs from {@link #toolBar}). */
    private static MenuItem withIcon(MenuItem item, String icon) {
        item.setGraphic(Icons.of(icon));
        return item;
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    /**
     * File > Print…: opens the print preview on the sheet for what is selected (its Print…
     * button, the default one, then prints), so a sheet is always seen before it is printed.
     */
    private MenuItem printItem(DeskActions actions) {
        MenuItem item = new MenuItem("_Print…");
        item.setId("menu-print");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        if (actions.print() == null) {
            item.setDisable(true);
        } else {
            item.setOnAction(e -> actions.print().accept(selectedSheet()));
        }
        return item;
    }

    /** The sheet for the selection: see {@link SheetChoice#forSelection}. */
    public SheetChoice selectedSheet() {
        Tab front = bottomTabs.getSelectionModel().getSelectedItem();
        boolean scenariosInFront = front != null && "scenarios-tab".equals(front.getId()) && viewModel.scenarios() != null;
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        boolean proposalsFocused = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            proposalsFocused |= n == proposalsPane;
        }
        return SheetChoice.forSelection(viewModel.missions().selectedMissionProperty().get(),
                viewModel.proposals().selectedProposalProperty().get(), proposalsFocused,
                scenariosInFront ? viewModel.scenarios().selectedProperty().get() : null);
    }
}
