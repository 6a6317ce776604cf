package org.parley.ui.changes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.parley.ui.common.DayText;
import org.parley.ui.common.Rows;

/** The "What changed since…" list, with the date and time it starts from. */
public final class ChangesPane extends BorderPane {

    private static final double WHEN_WIDTH = 130;
    /** "26 Jun 2018 09:00" and a little more; a replay's change reads longer. */
    private static final int SHORT_WHEN = 20;

    private final ChangesViewModel viewModel;
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final Label problem = new Label();

    public ChangesPane(ChangesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("changes-pane");
        setTop(controls());
        setCenter(table());
        showSince();
        viewModel.sinceProperty().addListener((obs, old, now) -> showSince());
    }

    private HBox controls() {
        date.setId("changes-date");
        date.setPrefWidth(130);
        // the one date style (decision 0029), not the machine locale's "12/4/2026"
        date.setConverter(DayText.converter());
        date.setPromptText(DayText.EXAMPLE);
        time.setId("changes-time");
        time.setPrefColumnCount(5);
        time.setTooltip(new Tooltip("Time of day, HH:mm, in the negotiation's zone"));
        Button show = new Button("Show");
        show.setId("changes-show");
        show.setDefaultButton(false);
        show.setOnAction(e -> apply());
        time.setOnAction(e -> apply());
        date.setOnAction(e -> apply());
        problem.getStyleClass().add("field-problem");
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox box = new HBox(8, new Label("What changed since"), date, time, show, problem, summary);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 6, 4, 6));
        return box;
    }

    private TableView<ChangesViewModel.Row> table() {
        TableView<ChangesViewModel.Row> table = new TableView<>(viewModel.getRows());
        table.setId("changes-table");
        Rows.oneLine(table);
        TableColumn<ChangesViewModel.Row, String> when = new TableColumn<>("When");
        when.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().when()));
        // a change made in a replay shows its desk time and when it was made: a wider column
        Runnable fit = () -> when.setPrefWidth(viewModel.getRows().stream().anyMatch(r -> r.when().length() > SHORT_WHEN)
                ? 2.65 * WHEN_WIDTH : WHEN_WIDTH);
        fit.run();
        viewModel.getRows().addListener((javafx.collections.ListChangeListener<ChangesViewModel.Row>) ch -> fit.run());
        TableColumn<ChangesViewModel.Row, String> what = new TableColumn<>("What changed");
        what.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().description()));
        what.setPrefWidth(900);
        table.getColumns().add(when);
        table.getColumns().add(what);
        table.setPlaceholder(new Label("No changes in this period."));
        return table;
    }

    private void showSince() {
        date.setValue(viewModel.sinceProperty().get().toLocalDate());
        time.setText(viewModel.sinceProperty().get().toLocalTime().toString());
    }

    private void apply() {
        try {
            LocalTime t = LocalTime.parse(time.getText().strip());
            String typed = date.getEditor().getText().strip();
            LocalDate day = typed.isEmpty() ? null : DayText.read(typed).orElse(null);
            if (day == null) {
                problem.setText(typed.isEmpty() ? "Date: pick a day"
                        : "Date: \"" + typed + "\" is not a day like " + DayText.EXAMPLE);
                return;
            }
            problem.setText("");
            viewModel.setSince(day, t);
        } catch (DateTimeParseException e) {
            problem.setText("Time: \"" + time.getText() + "\" is not a time of day like 18:00");
        }
    }
}
