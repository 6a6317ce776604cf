package org.parley.ui.scenarios;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioTotals;
import org.parley.service.Editor;
import org.parley.service.ScenarioEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.MoneyText;

/**
 * The scenario view's state: the scenarios, the selected one with what it adopts and its
 * totals (per mission, as bars, against the target), and a second scenario to compare it with.
 * Totals follow every edit through the editor without a visible pause: only the missions an
 * edit touched are recomputed (see {@link LiveTotals}). The gestures are in
 * {@link ScenarioActions}.
 */
public final class ScenariosViewModel {

    private final Editor editor;
    private final LiveTotals live;
    private final ScenarioActions actions;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scenario> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final javafx.beans.binding.ObjectBinding<Long> selectedId =
            javafx.beans.binding.Bindings.createObjectBinding(this::selectedId, selected);
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ObservableList<TotalsRow> totalsRows = FXCollections.observableArrayList();
    private final ObservableList<ChartBar> bars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyStringWrapper totalTooltip = new ReadOnlyStringWrapper(this, "totalTooltip", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyBooleanWrapper illustrative = new ReadOnlyBooleanWrapper(this, "illustrative");
    private final ObservableList<Scenario> compareChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scenario> compareWith = new ReadOnlyObjectWrapper<>(this, "compareWith");
    private final ObservableList<CompareRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private boolean refreshing;

    public ScenariosViewModel(DeskEditing editing) {
        this.editor = editing.editor();
        this.live = new LiveTotals(editor.data());
        this.actions = new ScenarioActions(editing, new ScenarioEdits(editor), this);
        refresh();
    }

    /** A gesture was applied (done, undone, redone): the desk session calls this from the editor. */
    public void onApplied(Editor.Applied applied) {
        live.applied(applied.data(), applied.missionIds());
        refresh();
    }

    /** The gestures: create, edit, delete, add, re-weight, drop. */
    public ScenarioActions actions() {
        return actions;
    }

    NegotiationData data() {
        return live.data();
    }

    /** The negotiation's scenarios, in their order. */
    public ObservableList<Scenario> getScenarios() {
        return scenarios;
    }

    /**
     * One scenario as the list shows it.
     *
     * @param tooltip its name, how many items it has and its target
     */
    public record ScenarioRow(long id, String name, String tooltip) {

        static ScenarioRow of(Scenario s) {
            return new ScenarioRow(s.id(), s.name(), s.name() + "\n" + s.items().size()
                    + (s.items().size() == 1 ? " item" : " items")
                    + (s.hasTarget() ? "\nTarget " + MoneyText.exact(s.targetUsd()) : "\nNo target"));
        }
    }

    /** The negotiation's scenarios as the list shows them, in their order (changed with {@link #getScenarios}). */
    public ObservableList<ScenarioRow> getScenarioRows() {
        return rows;
    }

    /** Shows the scenario of a row of the list (null for none). */
    public void selectRow(ScenarioRow row) {
        if (row == null) {
            select((Scenario) null);
        } else {
            select(row.id());
        }
    }

    /** The id of the scenario shown; null when none is. */
    public Long selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    /** {@link #selectedId}, to follow. */
    public javafx.beans.value.ObservableValue<Long> selectedIdProperty() {
        return selectedId;
    }

    /** Shows a scenario (null for none). Ignored while the list itself is being refreshed. */
    public void select(Scenario s) {
        if (refreshing) {
            return;
        }
        selected.set(s == null ? null : data().scenario(s.id()).orElse(null));
        if (selected.get() != null && compareWith.get() != null && compareWith.get().id() == selected.get().id()) {
            compareWith.set(null);
        }
        show();
    }

    /** Shows the scenario with this id, if there is one. */
    public void select(long scenarioId) {
        data().scenario(scenarioId).ifPresent(this::select);
    }

    public ReadOnlyObjectProperty<Scenario> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the selected scenario adopts, in order. */
    public ObservableList<ItemRow> getItems() {
        return items;
    }

    /** The selected scenario's totals; null when none is selected. */
    public ReadOnlyObjectProperty<ScenarioTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** A line per mission the selected scenario touches, and one for unallocated top-line cuts. */
    public ObservableList<TotalsRow> getTotalsRows() {
        return totalsRows;
    }

    /** The missions with the largest cuts, largest first, for the chart. */
    public ObservableList<ChartBar> getBars() {
        return bars;
    }

    /** "$20.5M of the $129.0M target; $108.5M short". */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTooltipProperty() {
        return totalTooltip.getReadOnlyProperty();
    }

    /** The unallocated part and the posts lost by grade. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    /** Whether any mission's totals were measured from an illustrative figure. */
    public ReadOnlyBooleanProperty illustrativeProperty() {
        return illustrative.getReadOnlyProperty();
    }

    /** The scenarios the selected one can be compared with. */
    public ObservableList<Scenario> getCompareChoices() {
        return compareChoices;
    }

    /** The scenario shown beside the selected one; null for none. */
    public ReadOnlyObjectProperty<Scenario> compareWithProperty() {
        return compareWith.getReadOnlyProperty();
    }

    /** Shows a second scenario beside the selected one (null for none); ignored while refreshing. */
    public void compareWith(Scenario s) {
        if (refreshing) {
            return;
        }
        Scenario now = s == null ? null : data().scenario(s.id()).orElse(null);
        compareWith.set(now != null && selected.get() != null && now.id() == selected.get().id() ? null : now);
        show();
    }

    /** Per mission either scenario touches: both cuts and the second minus the first. */
    public ObservableList<CompareRow> getComparison() {
        return comparison;
    }

    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }

    /** A scenario's totals as they stand (computed in full once, then kept current while on screen). */
    public Optional<ScenarioTotals> totalsOf(long scenarioId) {
        return live.of(scenarioId);
    }

    /** How many times totals were computed in full so far; an edit elsewhere should add none. */
    int fullComputations() {
        return live.fullComputations();
    }

    private void refresh() {
        NegotiationData d = data();
        refreshing = true;
        try {
            replace(scenarios, d.scenarios());
            replace(rows, d.scenarios().stream().map(ScenarioRow::of).toList());
            Scenario s = selected.get() == null ? null : d.scenario(selected.get().id()).orElse(null);
            selected.set(s);
            Scenario c = compareWith.get() == null ? null : d.scenario(compareWith.get().id())
                    .filter(x -> s == null || x.id() != s.id()).orElse(null);
            compareWith.set(c);
        } finally {
            refreshing = false;
        }
        show();
    }

    private void show() {
        Scenario s = selected.get();
        Set<Long> onScreen = new HashSet<>();
        if (s != null) {
            onScreen.add(s.id());
        }
        if (compareWith.get() != null) {
            onScreen.add(compareWith.get().id());
        }
        live.keepOnly(onScreen);
        refreshing = true;
        try {
            replace(compareChoices, data().scenarios().stream().filter(x -> s == null || x.id() != s.id()).toList());
        } finally {
            refreshing = false;
        }
        showSelected(s);
        showComparison();
    }

    private void showSelected(Scenario s) {
        ScenarioTotals t = s == null ? null : live.of(s.id()).orElse(null);
        totals.set(t);
        if (t == null) {
            items.clear();
            totalsRows.clear();
            bars.clear();
            totalText.set("");
            totalTooltip.set("");
            detailText.set("");
            illustrative.set(false);
            return;
        }
        replace(items, TotalsTables.items(data(), s.items()));
        List<TotalsRow> rows = TotalsTables.rows(data(), t);
        replace(totalsRows, rows);
        bars.setAll(TotalsTables.bars(rows));
        illustrative.set(t.missions().values().stream().anyMatch(MissionTotals::illustrative));
        totalText.set(ScenarioText.total(t, illustrative.get()));
        totalTooltip.set(ScenarioText.totalExact(t) + (illustrative.get()
                ? "\n* Some missions' totals are measured from illustrative figures" : ""));
        detailText.set(ScenarioText.detail(t));
    }

    private void showComparison() {
        Scenario a = selected.get();
        Scenario b = compareWith.get();
        if (a == null || b == null) {
            comparison.clear();
            comparisonText.set(a == null ? "Select a scenario first" : "Choose a scenario to compare with");
            return;
        }
        ScenarioTotals ta = live.of(a.id()).orElseThrow();
        ScenarioTotals tb = live.of(b.id()).orElseThrow();
        replace(comparison, TotalsTables.comparison(data(), ta, tb));
        comparisonText.set(TotalsTables.comparisonText(a.name(), ta, b.name(), tb));
    }

    /**
     * Replaces a list's contents element by element when only some changed, so that a table
     * keeps its selection and scroll position across an edit.
     */
    static <T> void replace(ObservableList<T> list, List<T> next) {
        if (list.size() != next.size()) {
            list.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!list.get(i).equals(next.get(i))) {
                list.set(i, next.get(i));
            }
        }
    }
}
