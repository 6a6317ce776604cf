package org.parley.ui.scenarios;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.parley.service.ScenarioEdits;
import org.parley.ui.common.KeyboardPaths;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.LazyTip;
import org.parley.ui.common.Styles;
import org.parley.ui.common.Rows;

/**
 * The scenario view: the scenarios on the left; the selected one's items in the middle; its
 * totals per mission, as a chart, and beside a second scenario on the right. Built in code; it
 * binds to the {@link ScenariosViewModel} and forwards gestures.
 */
public final class ScenariosPane extends BorderPane {

    private final ScenariosViewModel viewModel;
    private final ListView<ScenariosViewModel.ScenarioRow> list = new ListView<>();
    private final ItemsBox items;
    private final ResultsBox results;

    public ScenariosPane(ScenariosViewModel viewModel) {
        this.viewModel = viewModel;
        setId("scenarios-pane");
        getStyleClass().add("scenarios-pane");
        items = new ItemsBox(viewModel);
        results = new ResultsBox(viewModel);
        SplitPane split = new SplitPane(listBox(), items, results);
        split.setDividerPositions(0.18, 0.47);
        setCenter(split);
    }

    public ScenariosViewModel viewModel() {
        return viewModel;
    }

    public ListView<ScenariosViewModel.ScenarioRow> list() {
        return list;
    }

    public ItemsBox items() {
        return items;
    }

    public ResultsBox results() {
        return results;
    }

    private VBox listBox() {
        Label title = new Label("SCENARIOS");
        title.getStyleClass().add(Styles.PANE_TITLE);
        list.setId("scenarios-list");
        KeyboardPaths.markMain(list); // Ctrl+4 puts the focus here
        Rows.oneLine(list);
        list.setItems(viewModel.getScenarioRows());
        list.setPlaceholder(new Label("No scenario yet: New… or Add the usual scenarios"));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ScenariosViewModel.ScenarioRow s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name());
                LazyTip.set(this, empty || s == null ? null : s::tooltip);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> viewModel.selectRow(s));
        viewModel.selectedIdProperty().addListener((obs, old, id) -> syncSelection());
        viewModel.getScenarioRows().addListener((ListChangeListener<ScenariosViewModel.ScenarioRow>) c -> syncSelection());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.actions().delete();
            } else if (e.getCode() == KeyCode.F2) {
                edit();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        Button create = button("New…", "scenario-new", "Create an empty scenario with a name and a target");
        create.setOnAction(e -> ScenarioForms.scenario(getScene().getWindow(), null, viewModel.actions())
                .ifPresent(r -> viewModel.actions().create(r.name(), r.target())));
        Button edit = button("Edit…", "scenario-edit", "Rename the scenario or change its target (F2)");
        edit.setOnAction(e -> edit());
        Button duplicate = button("Duplicate", "scenario-duplicate", "Copy the scenario with its items");
        duplicate.setOnAction(e -> viewModel.actions().duplicate());
        Button delete = button("Delete…", "scenario-delete", "Delete the scenario (asks first; Delete key)");
        delete.setOnAction(e -> viewModel.actions().delete());
        for (Button b : new Button[] {edit, duplicate, delete}) {
            b.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        Button usual = button("Add the usual scenarios", "scenarios-usual", "Adds, if not there yet: "
                + String.join(", ", ScenarioEdits.USUAL_NAMES)
                + " — every proposal on the table at 100%, 50% and 25%");
        usual.setOnAction(e -> viewModel.actions().addUsual());
        FlowPane buttons = new FlowPane(4, 4, create, edit, duplicate, delete, usual);
        VBox box = new VBox(4, title, list, buttons);
        box.setPadding(new Insets(4, 4, 4, 6));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(150);
        return box;
    }

    private void edit() {
        ScenarioForms.selected(getScene().getWindow(), viewModel)
                .ifPresent(r -> viewModel.actions().edit(r.name(), r.target()));
    }

    /** Selects in the list what the view model shows (the list's own selection is lost when its items change). */
    private void syncSelection() {
        Long s = viewModel.selectedId();
        int index = -1;
        for (int i = 0; s != null && i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == s) {
                index = i;
            }
        }
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
    }

    static Button button(String text, String id, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(FigureCells.tooltip(tooltip));
        return b;
    }
}
