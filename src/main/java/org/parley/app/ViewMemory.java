package org.parley.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.parley.model.NegotiationData;
import org.parley.service.Desk;
import org.parley.service.DeskException;
import org.parley.ui.common.ShownOnly;
import org.parley.ui.main.MainViewModel;
import org.parley.ui.main.MainWindow;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.missions.MissionsViewModel;

/**
 * The view as left (decision 0015): puts the window's size and place, the dividers, the bottom
 * tab and the selection back as they were when this workspace was last closed, and remembers
 * them while the desk is open. Not a gesture: nothing goes through the editor, the undo stack
 * or the change history. A change is written at most {@link #WRITE_WITHIN} after it is made (a
 * killed desk loses at most that), and at once when the desk closes. A read-only desk restores
 * but never writes. Every value is a hint: one that is bad, or names what is gone, is skipped.
 */
final class ViewMemory {

    /** The most view state a killed desk can lose. */
    static final Duration WRITE_WITHIN = Duration.seconds(2);

    private final Stage stage;
    private final MainWindow window;
    private final MainViewModel viewModel;
    private final Desk desk;
    private final Consumer<String> errorLog;
    private final Map<String, SplitPane> splits;
    private final TabPane tabs;
    private final PauseTransition writeSoon = new PauseTransition(WRITE_WITHIN);
    private final List<Runnable> detach = new ArrayList<>();
    /** The window's last size and place while neither maximized nor iconified. */
    private WindowPlacement.Box normal;
    private boolean dirty;
    private boolean ended;
    private boolean failureSaid;

    ViewMemory(Stage stage, MainWindow window, MainViewModel viewModel, Desk desk, Consumer<String> errorLog) {
        this.stage = stage;
        this.window = window;
        this.viewModel = viewModel;
        this.desk = desk;
        this.errorLog = errorLog;
        Map<String, SplitPane> found = new LinkedHashMap<>();
        List<TabPane> tabPanes = new ArrayList<>();
        walk(window, found, tabPanes, Collections.newSetFromMap(new IdentityHashMap<>()));
        this.splits = found;
        this.tabs = tabPanes.stream().filter(t -> "bottom-tabs".equals(t.getId())).findFirst().orElse(null);
        writeSoon.setOnFinished(e -> write());
    }

    /** The split panes found, by the key their dividers are kept under; for tests. */
    Set<String> splitKeys() {
        return splits.keySet();
    }

    /** Puts back what the workspace remembers, then (unless read-only) starts remembering. */
    void restoreAndRemember() {
        Map<String, String> state;
        try {
            state = desk.viewState();
        } catch (DeskException e) {
            errorLog.accept("parley: the view as left could not be read (the desk opens as usual): " + e.getMessage());
            state = Map.of();
        }
        restore(state);
        if (!desk.readOnly()) {
            remember();
        }
    }

    private void restore(Map<String, String> state) {
        ViewState.window(state).ifPresent(this::place);
        ViewState.maximized(state).ifPresent(stage::setMaximized);
        if (tabs != null) {
            ViewState.tab(state).flatMap(id -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst())
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        // after the tab: bringing a work tab forward moves the lower divider up by itself
        splits.forEach((key, split) -> ViewState.dividers(state, key, split.getDividers().size())
                .ifPresent(split::setDividerPositions));
        NegotiationData data = viewModel.data();
        if (data == null) {
            return;
        }
        selectMissionRow(ViewState.missionRow(state));
        ViewState.id(state, ViewState.EVENT).flatMap(id -> data.events().stream().filter(e -> e.id() == id).findFirst())
                .ifPresent(e -> viewModel.timeline().selectedEventProperty().set(e));
        ViewState.id(state, ViewState.PROPOSAL).filter(id -> data.proposal(id).isPresent()).ifPresent(id ->
                viewModel.proposals().select(id, ViewState.id(state, ViewState.AMENDMENT).orElse(null)));
    }

    /** Puts the window where it was, on the screens there are now. */
    private void place(WindowPlacement.Box saved) {
        List<WindowPlacement.Box> screens = Screen.getScreens().stream().map(s -> box(s.getVisualBounds())).toList();
        WindowPlacement.Box b = WindowPlacement.clamp(saved, screens, box(Screen.getPrimary().getVisualBounds()),
                new WindowPlacement.Size(stage.getMinWidth(), stage.getMinHeight()));
        if (stage.isMaximized()) {
            stage.setMaximized(false);
        }
        // a screen smaller than the window's minimum wins over the minimum
        stage.setMinWidth(Math.min(stage.getMinWidth(), b.width()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), b.height()));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
    }

    /** Selects the missions row these keys lead to, opening the rows above it; stops where one is gone. */
    private void selectMissionRow(List<String> keys) {
        TreeTableView<MissionRow> table = window.missionsPane().table();
        TreeItem<MissionRow> at = table.getRoot();
        if (at == null || keys.isEmpty()) {
            return;
        }
        TreeItem<MissionRow> found = null;
        for (String key : keys) {
            TreeItem<MissionRow> child = null;
            for (TreeItem<MissionRow> c : at.getChildren()) {
                if (c.getValue() != null && key.equals(MissionsViewModel.keyOf(c.getValue()))) {
                    child = c;
                    break;
                }
            }
            if (child == null) {
                break;
            }
            if (found != null) {
                found.setExpanded(true);
            }
            found = child;
            at = child;
        }
        if (found != null) {
            table.getSelectionModel().select(found);
            int row = table.getRow(found);
            if (row >= 0) {
                table.scrollTo(row);
            }
        }
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normal = new WindowPlacement.Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        InvalidationListener geometry = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal = new WindowPlacement.Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
            changed();
        };
        listen(geometry, stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty());
        InvalidationListener view = o -> changed();
        if (tabs != null) {
            listen(view, tabs.getSelectionModel().selectedItemProperty());
        }
        for (SplitPane split : splits.values()) {
            split.getDividers().forEach(d -> listen(view, d.positionProperty()));
        }
        listen(view, window.missionsPane().table().getSelectionModel().selectedItemProperty(),
                viewModel.proposals().selectedProposalProperty(), viewModel.proposals().selectedAmendmentIdProperty(),
                viewModel.timeline().selectedEventProperty());
    }

    private void listen(InvalidationListener listener, Observable... observables) {
        for (Observable o : observables) {
            o.addListener(listener);
            detach.add(() -> o.removeListener(listener));
        }
    }

    /** Something in the view changed: written within {@link #WRITE_WITHIN}, however often it changes meanwhile. */
    private void changed() {
        if (ended) {
            return;
        }
        dirty = true;
        if (writeSoon.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            writeSoon.playFromStart();
        }
    }

    /** Writes what changed, stops listening; the desk closes next. Safe to call twice. */
    void end() {
        if (ended) {
            return;
        }
        writeSoon.stop();
        write();
        ended = true;
        detach.forEach(Runnable::run);
        detach.clear();
    }

    private void write() {
        if (ended || !dirty || desk.readOnly()) {
            return;
        }
        dirty = false;
        try {
            desk.saveViewState(snapshot());
        } catch (DeskException e) {
            if (!failureSaid) {
                failureSaid = true; // said once: the talks are saved; only the view as left is not
                errorLog.accept("parley: the view as left was not saved (your work is): " + e.getMessage());
            }
        }
    }

    /** Every key this desk keeps, as the view is now; "" for no selection. */
    Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        if (normal != null) {
            s.put(ViewState.X, ViewState.text(normal.x()));
            s.put(ViewState.Y, ViewState.text(normal.y()));
            s.put(ViewState.WIDTH, ViewState.text(normal.width()));
            s.put(ViewState.HEIGHT, ViewState.text(normal.height()));
        }
        s.put(ViewState.MAXIMIZED, Boolean.toString(stage.isMaximized()));
        Tab front = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        if (front != null && front.getId() != null) {
            s.put(ViewState.TAB, front.getId());
        }
        splits.forEach((key, split) -> {
            StringBuilder b = new StringBuilder();
            for (double p : split.getDividerPositions()) {
                b.append(b.length() == 0 ? "" : ",").append(p);
            }
            s.put(ViewState.DIVIDER + key, b.toString());
        });
        s.put(ViewState.MISSION_ROW, missionRowPath());
        s.put(ViewState.PROPOSAL, Optional.ofNullable(viewModel.proposals().selectedProposalProperty().get())
                .map(p -> Long.toString(p.id())).orElse(""));
        s.put(ViewState.AMENDMENT, Optional.ofNullable(viewModel.proposals().selectedAmendmentIdProperty().get())
                .map(String::valueOf).orElse(""));
        s.put(ViewState.EVENT, Optional.ofNullable(viewModel.timeline().selectedEventProperty().get())
                .map(e -> Long.toString(e.id())).orElse(""));
        return s;
    }

    private String missionRowPath() {
        TreeItem<MissionRow> item = window.missionsPane().table().getSelectionModel().getSelectedItem();
        List<String> keys = new ArrayList<>();
        for (; item != null && item.getValue() != null; item = item.getParent()) {
            keys.add(0, MissionsViewModel.keyOf(item.getValue()).toString());
        }
        return String.join("/", keys);
    }

    private static WindowPlacement.Box box(Rectangle2D r) {
        return new WindowPlacement.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /**
     * Finds every split pane of the desk, in its tabs too (whose content is not yet in the scene
     * graph before the first layout), with the key its dividers are kept under.
     */
    private static void walk(Node node, Map<String, SplitPane> splits, List<TabPane> tabPanes, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SplitPane split) {
            keyOf(split).ifPresent(k -> splits.putIfAbsent(k, split));
            children.addAll(split.getItems());
        } else if (node instanceof TabPane tabPane) {
            tabPanes.add(tabPane);
            tabPane.getTabs().forEach(t -> children.add(t.getContent()));
        } else if (node instanceof ScrollPane scroll) {
            children.add(scroll.getContent());
        } else if (node instanceof ShownOnly holder) {
            children.add(holder.content());
        }
        if (node instanceof Parent parent) {
            children.addAll(parent.getChildrenUnmodifiable());
        }
        for (Node child : children) {
            walk(child, splits, tabPanes, seen);
        }
    }

    /**
     * A split pane's key: its id, else the id (or the "…-pane" style class) of the nearest pane
     * around it, with the number of its dividers; none for one that cannot be told apart.
     */
    private static Optional<String> keyOf(SplitPane split) {
        if (split.getId() != null) {
            return Optional.of(split.getId());
        }
        for (Parent p = split.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return Optional.of(p.getId());
            }
            Optional<String> pane = p.getStyleClass().stream().filter(c -> c.endsWith("-pane")).findFirst();
            if (pane.isPresent()) {
                return pane;
            }
        }
        return Optional.empty();
    }
}
