package org.parley.ui.positions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.service.CsvExports;
import org.parley.service.PositionEdits;
import org.parley.service.Editor;
import org.parley.ui.common.CsvSaving;
import org.parley.ui.common.DeskEditing;

/**
 * The positions matrix: the items (the amendments on the table, or whole missions), the lines
 * (our line, then delegations and groups), filters by mission and by group, the selected item,
 * and the gestures: a stance typed over cells, a stance and note, our line, and a drop of an
 * amendment or a proposal on a delegation. Items are only those that pass the filters.
 *
 * <p>On the screen the items run down as rows (they are many: thousands in a real negotiation)
 * and the lines run across as columns (dozens); the CSV export keeps lines as rows. The view
 * gets {@link ItemRow}s, {@link MatrixRow}s and texts from here, never model records.
 */
public final class PositionsViewModel {

    /** What the items are: amendments or missions (rows on the screen, columns in the CSV). */
    public enum Columns {
        AMENDMENTS, MISSIONS
    }

    /** What can be dropped on a delegation's column. */
    public enum DropKind {
        AMENDMENT, PROPOSAL
    }

    private final DeskEditing editing;
    private final PositionEdits edits;
    private final ObjectProperty<Columns> columns = new SimpleObjectProperty<>(this, "columns", Columns.AMENDMENTS);
    private final ObjectProperty<Mission> missionFilter = new SimpleObjectProperty<>(this, "missionFilter");
    private final ObjectProperty<Delegation> groupFilter = new SimpleObjectProperty<>(this, "groupFilter");
    private final ObjectProperty<Item> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Mission> missionChoices = FXCollections.observableArrayList();
    private final ObservableList<Delegation> groupChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObservableList<ItemRow> itemRows = FXCollections.observableArrayList();
    private PositionPrompts prompts;
    private MatrixTexts texts;

    public PositionsViewModel(DeskEditing editing) {
        this.editing = editing;
        this.edits = new PositionEdits(editing.editor());
        columns.addListener(o -> refresh());
        missionFilter.addListener(o -> refresh());
        groupFilter.addListener(o -> refresh());
        selectedItem.addListener(o -> details.set(texts.details(selectedItem.get())));
        setData(editing.editor().data());
    }

    /** A gesture was applied (done, undone, redone): the desk session calls this from the editor. */
    public void onApplied(Editor.Applied applied) {
        setData(applied.data());
    }

    /** Who answers the matrix's questions; the pane sets its forms, tests a fake. */
    public void setPrompts(PositionPrompts prompts) {
        this.prompts = prompts;
    }

    private void setData(NegotiationData data) {
        texts = new MatrixTexts(data, texts);
        missionChoices.setAll(data.missions());
        groupChoices.setAll(data.delegations().stream().filter(d -> d.kind() == DelegationKind.GROUP).toList());
        // The filters hold the records of the last state; follow them to the new one by id.
        missionFilter.set(missionFilter.get() == null ? null : data.mission(missionFilter.get().id()).orElse(null));
        groupFilter.set(groupFilter.get() == null ? null : data.delegation(groupFilter.get().id()).orElse(null));
        refresh();
        details.set(texts.details(selectedItem.get()));
        revision.set(revision.get() + 1);
    }

    private void refresh() {
        if (texts == null) {
            return;
        }
        List<MatrixRow> nextRows = rowsNow(texts.data());
        if (!nextRows.equals(rows)) {
            rows.setAll(nextRows);
        }
        List<Item> nextItems = itemsNow(texts.data());
        if (!nextItems.equals(items)) {
            items.setAll(nextItems);
            itemRows.setAll(nextItems.stream().map(ItemRow::new).toList());
        }
    }

    private List<MatrixRow> rowsNow(NegotiationData data) {
        List<MatrixRow> list = new ArrayList<>();
        list.add(new MatrixRow.OurLines());
        Delegation group = groupFilter.get();
        if (group == null) {
            data.delegations().forEach(d -> list.add(new MatrixRow.OfDelegation(d, false)));
        } else {
            list.add(new MatrixRow.OfDelegation(group, false));
            group.memberIds().forEach(id -> data.delegation(id).ifPresent(d -> list.add(new MatrixRow.OfDelegation(d, true))));
        }
        return list;
    }

    private List<Item> itemsNow(NegotiationData data) {
        Mission only = missionFilter.get();
        List<Item> list = new ArrayList<>();
        if (columns.get() == Columns.MISSIONS) {
            data.missions().stream().filter(m -> only == null || m.id() == only.id())
                    .forEach(m -> list.add(Item.mission(m.id())));
            return list;
        }
        for (Proposal p : data.proposals()) {
            if (!data.counts(p)) {
                continue;
            }
            p.amendments().stream().filter(a -> only == null || a.target().touchesMission(only.id()))
                    .forEach(a -> list.add(Item.amendment(a.id())));
        }
        return list;
    }

    /** Sets one stance on the selected delegation cells, keeping their notes: one gesture. */
    public boolean setStances(Collection<Position.Key> cells, Stance stance) {
        return !cells.isEmpty() && editing.run("Set stance", () -> edits.setStances(cells, stance));
    }

    /** Enter on a cell: a stance with its note, or our line and fallback. */
    public void edit(MatrixRow row, Item item) {
        String what = texts.headerTooltip(item).lines().findFirst().orElse("");
        if (row instanceof MatrixRow.OfDelegation d) {
            Optional<Position> now = texts.position(d.delegation().id(), item);
            prompts.stanceAndNote(d.delegation().name() + " on " + what,
                    now.map(Position::stance).orElse(Stance.UNKNOWN), now.map(Position::note).orElse(""))
                    .ifPresent(a -> editing.run("Set stance",
                            () -> edits.setStance(d.delegation().id(), item, a.stance(), a.note())));
        } else {
            prompts.ourLine("Our line on " + what, texts.ourLine(item).map(l -> l.line()).orElse(""),
                    texts.ourLine(item).map(l -> l.fallback()).orElse(""))
                    .ifPresent(a -> editing.run("Set our line", () -> edits.setOurLine(item, a.line(), a.fallback())));
        }
    }

    /** Whether something dragged may be dropped on a line: an amendment or proposal on a delegation. */
    public boolean canDrop(DropKind kind, long id, MatrixRow row) {
        NegotiationData d = texts.data();
        boolean known = kind == DropKind.AMENDMENT ? d.amendment(id).isPresent() : d.proposal(id).isPresent();
        return known && row instanceof MatrixRow.OfDelegation;
    }

    /**
     * Records the line's delegation's stance on what was dropped, after asking which stance: by
     * default "supports" when the delegation tabled it, else "unknown". One gesture.
     */
    public void drop(DropKind kind, long id, MatrixRow row) {
        if (!canDrop(kind, id, row)) {
            return;
        }
        Delegation who = ((MatrixRow.OfDelegation) row).delegation();
        NegotiationData d = texts.data();
        Proposal p = kind == DropKind.PROPOSAL ? d.proposal(id).orElseThrow() : d.proposalOfAmendment(id).orElseThrow();
        Stance initial = p.delegationId() == who.id() ? Stance.SUPPORTS : Stance.UNKNOWN;
        String what = kind == DropKind.PROPOSAL ? "all " + p.amendments().size() + " amendments of “" + p.title() + "”"
                : texts.headerTooltip(Item.amendment(id)).lines().findFirst().orElse("");
        prompts.stance("Stance of " + who.name(), who.name() + " on " + what + ":", initial, s -> {
            if (kind == DropKind.PROPOSAL) {
                editing.run("Set stance", () -> edits.setStanceOnProposal(who.id(), id, s));
            } else {
                Item item = Item.amendment(id);
                String note = texts.position(who.id(), item).map(Position::note).orElse("");
                editing.run("Set stance", () -> edits.setStance(who.id(), item, s, note));
            }
        });
    }

    /** The menu way of dropping a proposal on a delegation: asks which proposal and which stance. */
    public void stanceOnProposal(MatrixRow row) {
        if (!(row instanceof MatrixRow.OfDelegation r) || texts.data().proposals().isEmpty()) {
            return;
        }
        Delegation who = r.delegation();
        List<Proposal> proposals = texts.data().proposals();
        Proposal initial = proposals.stream().filter(p -> p.delegationId() == who.id()).findFirst()
                .orElse(proposals.get(0));
        prompts.proposalStance("Stance of " + who.name() + " on a proposal", proposals, initial, this::proposalName,
                        initial.delegationId() == who.id() ? Stance.SUPPORTS : Stance.UNKNOWN)
                .ifPresent(a -> editing.run("Set stance",
                        () -> edits.setStanceOnProposal(who.id(), a.proposal().id(), a.stance())));
    }

    private String proposalName(Proposal p) {
        return texts.data().delegation(p.delegationId()).map(Delegation::code).orElse("?") + ": " + p.title();
    }

    /**
     * Writes the matrix as shown (these rows and columns, our line and fallback) as CSV; a
     * failure is reported.
     *
     * @return true when the file was written
     */
    public boolean exportCsv(Path file) {
        List<Delegation> shown = rows.stream().filter(r -> r instanceof MatrixRow.OfDelegation)
                .map(r -> ((MatrixRow.OfDelegation) r).delegation()).toList();
        List<Item> columnsShown = List.copyOf(items);
        return CsvSaving.write(editing.dialogs(), file, f -> CsvExports.positions(texts.data(), shown, columnsShown, f));
    }

    // ---- what the view asks, in its own terms ------------------------------------------------

    /** A cell of the matrix: an item's row and a line's column. */
    public record Cell(ItemRow item, MatrixRow line) {
    }

    /** A stance as the context menu offers it: "✕ red line    (R)", set by its key. */
    public record StanceChoice(String text, String key) {
    }

    /** The stances for a menu, each with the key that sets it. */
    public static List<StanceChoice> stanceChoices() {
        List<StanceChoice> list = new ArrayList<>();
        for (Stance s : Stance.values()) {
            String key = String.valueOf(Character.toUpperCase(s.label().charAt(0)));
            list.add(new StanceChoice(s.mark() + " " + s.label() + "    (" + key + ")", key));
        }
        return list;
    }

    /** Whether a typed key names a stance: S, F, O, R, U or a stance's mark. */
    public boolean isStanceKey(String key) {
        return StanceKeys.of(key).isPresent();
    }

    /**
     * A key typed over the selected cells: S, F, O, R or U (or a stance's mark) sets that stance
     * on the delegation cells among them, keeping their notes, as one gesture.
     *
     * @return whether the key names a stance (the view then consumes it)
     */
    public boolean stanceByKey(String key, List<Cell> cells) {
        Optional<Stance> stance = StanceKeys.of(key);
        if (stance.isEmpty()) {
            return false;
        }
        List<Position.Key> keys = new ArrayList<>();
        for (Cell c : cells) {
            if (c.line() instanceof MatrixRow.OfDelegation d) {
                keys.add(new Position.Key(d.delegation().id(), c.item().item()));
            }
        }
        setStances(keys, stance.get());
        return true;
    }

    /** Enter on a cell: a delegation's stance and note, or our line and fallback. */
    public void edit(Cell cell) {
        edit(cell.line(), cell.item().item());
    }

    /** The item whose positions the details show; null for none. */
    public void select(ItemRow row) {
        selectedItem.set(row == null ? null : row.item());
    }

    /** What the item column's header says: "Amendment" or "Mission". */
    public String itemsTitle() {
        return columns.get() == Columns.MISSIONS ? "Mission" : "Amendment";
    }

    public String itemText(ItemRow row) {
        return texts.itemText(row.item());
    }

    public String itemTooltip(ItemRow row) {
        return texts.data().contains(row.item()) ? texts.headerTooltip(row.item()) : "";
    }

    public String columnTitle(MatrixRow line) {
        return texts.columnTitle(line);
    }

    public String columnTooltip(MatrixRow line) {
        String who = texts.rowTooltip(line);
        if (line instanceof MatrixRow.OfDelegation d) {
            return (d.member() ? who + "\nShown as a member of the group filtered on." : who)
                    + "\nDrop an amendment or a proposal on this column to record the stance.";
        }
        return who;
    }

    public String cellText(ItemRow row, MatrixRow line) {
        return texts.cell(line, row.item());
    }

    public String cellTooltip(ItemRow row, MatrixRow line) {
        return texts.cellTooltip(line, row.item());
    }

    /** The stance of a delegation cell as a style class ("stance-red-line"); null when none is recorded. */
    public String cellStyleClass(ItemRow row, MatrixRow line) {
        return texts.cellStyleClass(line, row.item());
    }

    /** How the mission filter names a choice: its code. */
    public static Function<Mission, String> missionChoiceName() {
        return Mission::code;
    }

    /** How the group filter names a choice: its name. */
    public static Function<Delegation, String> groupChoiceName() {
        return Delegation::name;
    }

    // ---- the state --------------------------------------------------------------------------

    public MatrixTexts texts() {
        return texts;
    }

    public ObjectProperty<Columns> columnsProperty() {
        return columns;
    }

    /** Only items on this mission (null: all). */
    public ObjectProperty<Mission> missionFilterProperty() {
        return missionFilter;
    }

    /** Only this group and its members (null: every delegation). */
    public ObjectProperty<Delegation> groupFilterProperty() {
        return groupFilter;
    }

    public ObjectProperty<Item> selectedItemProperty() {
        return selectedItem;
    }

    /** The lines: our line, then the delegations and groups shown (the columns on the screen). */
    public ObservableList<MatrixRow> getRows() {
        return rows;
    }

    /** The items, in order (the rows on the screen). */
    public ObservableList<Item> getItems() {
        return items;
    }

    /** The items as the view's rows, in order; replaced only when the items change. */
    public ObservableList<ItemRow> getItemRows() {
        return itemRows;
    }

    public ObservableList<Mission> getMissionChoices() {
        return missionChoices;
    }

    public ObservableList<Delegation> getGroupChoices() {
        return groupChoices;
    }

    /** The selected item's positions and notes, for the side panel. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Changes after every applied gesture, so the view redraws its cells. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
