package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

import org.parley.model.TimelineEvent;
import org.parley.ui.common.Mnemonics;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.missions.MissionsViewModel;
import org.parley.ui.timeline.TimelineStyles;
import org.parley.ui.timeline.TimelineView;
import org.parley.ui.timeline.TimelineViewModel;

/**
 * Where a delegation officer finds the edits of the negotiation's details, missions, lines, posts,
 * delegations and events:
 * a "Negotiation" menu, a context menu on the missions tree (built for the row under it) and one
 * on the timeline; and the timeline's drag and keys, through {@link NegotiationForms}.
 */
public final class NegotiationMenus {

    private final NegotiationForms forms;
    private final MissionsViewModel missions;
    private final TimelineViewModel timeline;

    private NegotiationMenus(NegotiationForms forms, MissionsViewModel missions, TimelineViewModel timeline) {
        this.forms = forms;
        this.missions = missions;
        this.timeline = timeline;
    }

    /**
     * Makes missions and timeline editable and returns the Negotiation menu; with no editing
     * (a desk shown read only) the menu is there, disabled.
     */
    public static Menu install(DeskEditing editing, Supplier<Window> owner, TreeTableView<MissionRow> missionsTable,
                               MissionsViewModel missionsVm, TimelineView timelineView) {
        if (editing == null) {
            Menu menu = new Menu("_Negotiation");
            menu.setId("negotiation-menu");
            menu.setDisable(true);
            return menu;
        }
        NegotiationForms forms = new NegotiationForms(new NegotiationEditing(editing), owner);
        NegotiationMenus menus = new NegotiationMenus(forms, missionsVm, timelineView.getViewModel());
        missionsTable.setContextMenu(menus.rowMenu());
        timelineView.getViewModel().moves().setActions(forms);
        timelineView.setContextMenu(menus.timelineMenu());
        // A right-click on an event acts on that event: select it first.
        timelineView.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menus.selectEventUnder(e.getPickResult().getIntersectedNode());
            }
        });
        return menus.menu();
    }

    private Menu menu() {
        Menu menu = new Menu("_Negotiation");
        menu.setId("negotiation-menu");
        MenuItem details = item("menu-negotiation-details", "Negotiation de_tails…", forms::editDetails);
        MenuItem newMission = item("menu-new-mission", "_New mission…", forms::addMission);
        MenuItem editMission = item("menu-edit-mission", "Edit _mission…", this::editMission);
        MenuItem deleteMission = item("menu-delete-mission", "Delete mi_ssion…", () -> {
            MissionRow row = missions.selectedRowProperty().get();
            if (row != null) {
                forms.deleteMission(row.mission().id());
            }
        });
        // Issue 13: half the budgets have no lines; a cut aimed at the mission as a whole (the
        // selected row's mission, whatever row of it is selected). Ctrl+Shift+A aims at the row itself.
        MenuItem proposeOnMission = item("menu-propose-on-mission", "Propose amendment on the _whole mission…",
                () -> {
                    MissionRow row = missions.selectedRowProperty().get();
                    if (row != null) {
                        missions.proposeAmendmentOnMission(row);
                    }
                });
        proposeOnMission.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+M"));
        MenuItem talkingPoints = item("menu-talking-points", "Tal_king points…", () -> {
            MissionRow row = missions.selectedRowProperty().get();
            if (row != null) {
                forms.talkingPoints(row.mission().id());
            }
        });
        MenuItem editRow = item("menu-edit-row", "Edit line…", this::editLineOrPost);
        MenuItem addLine = item("menu-add-line", "Add _line…", this::addLine);
        MenuItem addPost = item("menu-add-post", "Add _post…", this::addPost);
        MenuItem deleteRow = item("menu-delete-row", "Delete line…", this::deleteLineOrPost);
        MenuItem delegations = item("menu-delegations", "_Delegations…", forms::delegations);
        MenuItem newEvent = item("menu-new-event", "New _event…", this::newEvent);
        MenuItem editEvent = item("menu-edit-event", "Ed_it event…", () -> withEvent(forms::edit));
        MenuItem reschedule = item("menu-reschedule-event", "_Reschedule event…",
                () -> withEvent(forms::rescheduleExactly));
        MenuItem deleteEvent = item("menu-delete-event", "Delete e_vent", () -> withEvent(forms::deleteEvent));
        menu.getItems().addAll(details, new SeparatorMenuItem(), newMission, editMission, deleteMission,
                proposeOnMission, talkingPoints, new SeparatorMenuItem(), editRow, addLine, addPost, deleteRow, new SeparatorMenuItem(), delegations,
                new SeparatorMenuItem(), newEvent, editEvent, reschedule, deleteEvent);
        // Enabled by what is selected when the menu opens.
        menu.setOnShowing(e -> {
            MissionRow row = missions.selectedRowProperty().get();
            editMission.setDisable(row == null);
            deleteMission.setDisable(row == null);
            proposeOnMission.setDisable(row == null || !missions.canProposeAmendment(row));
            talkingPoints.setDisable(row == null);
            addLine.setDisable(row == null);
            boolean lineOrPost = row instanceof MissionRow.OfLine || row instanceof MissionRow.OfPost;
            addPost.setDisable(!lineOrPost);
            String what = row instanceof MissionRow.OfPost ? "post" : "line";
            editRow.setText("Edit " + what + "…");
            editRow.setDisable(!lineOrPost);
            deleteRow.setText("Delete " + what + "…");
            deleteRow.setDisable(!lineOrPost);
            boolean noEvent = timeline.getSelectedEvent() == null;
            editEvent.setDisable(noEvent);
            reschedule.setDisable(noEvent);
            deleteEvent.setDisable(noEvent);
        });
        return menu;
    }

    /**
     * The missions tree's context menu, made for the selected row whenever the selection changes
     * (a context menu with no items does not open at all, so they cannot wait for it to open).
     */
    private ContextMenu rowMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("missions-context-menu");
        menu.getItems().setAll(rowItems(missions.selectedRowProperty().get()));
        missions.selectedRowProperty().addListener((o, was, row) -> menu.getItems().setAll(rowItems(row)));
        return menu;
    }

    /** Post, then its line, then its mission: what the row is first, what it belongs to after. */
    private List<MenuItem> rowItems(MissionRow row) {
        List<MenuItem> items = new ArrayList<>();
        if (row != null && missions.canProposeAmendment(row)) {
            // The proposal gesture on this row (the keyboard path is Ctrl+Shift+A, in the Proposal menu).
            items.add(item("propose-amendment", "Propose amendment… (Ctrl+Shift+A)",
                    () -> missions.proposeAmendment(row)));
            items.add(new SeparatorMenuItem());
        }
        if (row instanceof MissionRow.OfPost p) {
            long line = p.line().id();
            items.add(item("row-edit-post", "Edit post…", () -> forms.editPost(line, p.post().id())));
            items.add(item("row-delete-post", "Delete post…", () -> forms.deletePost(line, p.post().id())));
            items.add(new SeparatorMenuItem());
        }
        Long line = row instanceof MissionRow.OfPost p ? Long.valueOf(p.line().id())
                : row instanceof MissionRow.OfLine l ? Long.valueOf(l.line().id()) : null;
        if (line != null) {
            items.add(item("row-edit-line", "Edit line…", () -> forms.editLine(line)));
            items.add(item("row-add-post", "Add post…", () -> forms.addPost(line)));
            if (row instanceof MissionRow.OfLine) {
                items.add(item("row-delete-line", "Delete line…", () -> forms.deleteLine(line)));
            }
            items.add(new SeparatorMenuItem());
        }
        if (row != null) {
            long mission = row.mission().id();
            items.add(item("row-edit-mission", "Edit mission…", () -> forms.editMission(mission)));
            items.add(item("row-add-line", "Add line…", () -> forms.addLine(mission)));
            items.add(item("row-talking-points", "Talking points…", () -> forms.talkingPoints(mission)));
            items.add(item("row-delete-mission", "Delete mission…", () -> forms.deleteMission(mission)));
        } else {
            MenuItem none = new MenuItem("Select a mission, line or post");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private ContextMenu timelineMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("timeline-context-menu");
        menu.getItems().setAll(eventItems(timeline.getSelectedEvent()));
        timeline.selectedEventProperty().addListener((o, was, e) -> menu.getItems().setAll(eventItems(e)));
        return menu;
    }

    private List<MenuItem> eventItems(TimelineEvent selected) {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("timeline-new-event", "New event…", this::newEvent));
        if (selected != null) {
            items.add(new SeparatorMenuItem());
            items.add(item("timeline-edit-event", Mnemonics.quoting("Edit \"", selected.title(), "\"…"),
                    () -> forms.edit(selected)));
            items.add(item("timeline-reschedule-event", "Reschedule…", () -> forms.rescheduleExactly(selected)));
            items.add(item("timeline-delete-event", "Delete event", () -> forms.deleteEvent(selected)));
        }
        return items;
    }

    private void editMission() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row != null) {
            forms.editMission(row.mission().id());
        }
    }

    private void editLineOrPost() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row instanceof MissionRow.OfPost p) {
            forms.editPost(p.line().id(), p.post().id());
        } else if (row instanceof MissionRow.OfLine l) {
            forms.editLine(l.line().id());
        }
    }

    private void deleteLineOrPost() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row instanceof MissionRow.OfPost p) {
            forms.deletePost(p.line().id(), p.post().id());
        } else if (row instanceof MissionRow.OfLine l) {
            forms.deleteLine(l.line().id());
        }
    }

    private void addLine() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row != null) {
            forms.addLine(row.mission().id());
        }
    }

    private void addPost() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row instanceof MissionRow.OfLine l) {
            forms.addPost(l.line().id());
        } else if (row instanceof MissionRow.OfPost p) {
            forms.addPost(p.line().id());
        }
    }

    private void newEvent() {
        TimelineEvent selected = timeline.getSelectedEvent();
        forms.newEvent(selected != null ? selected.at() : timeline.getDeskNow());
    }

    private void withEvent(Consumer<TimelineEvent> action) {
        TimelineEvent e = timeline.getSelectedEvent();
        if (e != null) {
            action.accept(e);
        }
    }

    private void selectEventUnder(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(TimelineStyles.EVENT_ID_KEY);
            if (id instanceof Long eventId) {
                timeline.getEvents().stream().filter(e -> e.id() == eventId).findFirst().ifPresent(timeline::select);
                return;
            }
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
