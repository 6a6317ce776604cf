package org.parley.ui.scenarios;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.parley.model.Scenario;
import org.parley.ui.common.AtRiskText;
import org.parley.ui.common.CsvSaving;
import org.parley.ui.common.Styles;
import org.parley.ui.common.Rows;

/**
 * The selected scenario's totals: the grand total against the target, then per mission as a
 * table, as a chart, and side by side with a second scenario.
 */
public final class ResultsBox extends VBox {

    private final ScenariosViewModel viewModel;
    private final Label total = new Label();
    private final TableView<TotalsRow> totals = new TableView<>();
    private final CutsChart chart = new CutsChart();
    private final ComboBox<Scenario> compareWith = new ComboBox<>();
    private final TableView<CompareRow> comparison = new TableView<>();
    private final TableColumn<CompareRow, CompareRow> firstColumn = new TableColumn<>("First");
    private final TableColumn<CompareRow, CompareRow> secondColumn = new TableColumn<>("Second");
    private final TabPane tabs = new TabPane();

    ResultsBox(ScenariosViewModel viewModel) {
        super(4);
        this.viewModel = viewModel;
        setPadding(new Insets(4, 4, 4, 4));
        tabs.setId("scenario-results");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("totals-tab", "Per mission", buildTotals()), tab("chart-tab", "Chart", chartView()),
                tab("compare-tab", "Compare", compareView()));
        getChildren().addAll(totalLine(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    public Label total() {
        return total;
    }

    public TableView<TotalsRow> totalsTable() {
        return totals;
    }

    public CutsChart chart() {
        return chart;
    }

    public ComboBox<Scenario> compareBox() {
        return compareWith;
    }

    public TableView<CompareRow> comparisonTable() {
        return comparison;
    }

    /** Brings one of "totals-tab", "chart-tab", "compare-tab" to the front. */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private VBox totalLine() {
        Label title = new Label("TOTAL CUT");
        title.getStyleClass().add(Styles.PANE_TITLE);
        total.setId("scenario-total");
        total.getStyleClass().add("scenario-total");
        total.textProperty().bind(viewModel.totalTextProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(viewModel.totalTooltipProperty());
        total.setTooltip(tip);
        viewModel.illustrativeProperty().addListener((obs, old, now) -> {
            Styles.styleClass(total, Styles.ILLUSTRATIVE, now);
        });
        Label detail = new Label();
        detail.setId("scenario-detail");
        detail.textProperty().bind(viewModel.detailTextProperty());
        detail.setTooltip(new Tooltip(AtRiskText.NOTE));
        // Beside the total it exports, where it takes no room from the scenario list.
        Button export = ScenariosPane.button("Export CSV…", "scenario-export-csv",
                "Save the scenario's totals per mission as a CSV file for a spreadsheet");
        export.setOnAction(e -> CsvSaving.choose(getScene().getWindow(), "Export scenario totals",
                viewModel.actions().csvFileName()).ifPresent(f -> viewModel.actions().exportCsv(f)));
        export.disableProperty().bind(viewModel.selectedProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(10, title, total, gap, export);
        line.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(2, line, detail);
    }

    private TableView<TotalsRow> buildTotals() {
        totals.setId("scenario-totals");
        Rows.oneLine(totals);
        totals.setItems(viewModel.getTotalsRows());
        totals.setPlaceholder(new Label("Select a scenario to see what it cuts per mission"));
        totals.getColumns().add(TableCells.text("Mission", "totals-mission", 90, TotalsRow::code, TotalsRow::name));
        totals.getColumns().add(TableCells.money("Dollars cut", "totals-dollars", 95, TotalsRow::dollarsText,
                TotalsRow::dollarsTooltip, TotalsRow::illustrative));
        totals.getColumns().add(TableCells.money("Of it, top line", "totals-allocated", 95, TotalsRow::allocatedText,
                r -> r.allocatedUsd() == 0 ? "No top-line cut allocated here"
                        : "Allocated from a top-line cut (decision 0025), included in the dollars cut",
                TotalsRow::illustrative));
        // the shares lost beside the dollars: the figures asked first, in view at 1280x720
        TableColumn<TotalsRow, TotalsRow> lost = new TableColumn<>("Share of budget lost");
        lost.getColumns().add(TableCells.money("Human rights", "totals-human-rights", 100,
                TotalsRow::humanRightsText, r -> shareTip(r, "human-rights"), TotalsRow::illustrative));
        lost.getColumns().add(TableCells.money("SEA prevention", "totals-sea", 112,
                TotalsRow::seaPreventionText, r -> shareTip(r, "SEA-prevention"), TotalsRow::illustrative));
        totals.getColumns().add(lost);
        totals.getColumns().add(TableCells.text("Posts lost", "totals-posts", 120, TotalsRow::postsText,
                r -> r.cut().posts() + (r.cut().posts() == 1 ? " post" : " posts") + " lost"));
        totals.getColumns().add(TableCells.text("At risk (estimate)", "totals-at-risk", 130, TotalsRow::atRiskText,
                TotalsRow::atRiskTooltip));
        return totals;
    }

    private static String shareTip(TotalsRow r, String what) {
        if (r.missionId() == null) {
            return null;
        }
        boolean has = what.equals("human-rights") ? r.humanRightsLost().isPresent() : r.seaPreventionLost().isPresent();
        return has ? "Share of " + r.code() + "'s " + what + " budget lines that this scenario cuts"
                + (r.illustrative() ? "\nMeasured from illustrative figures" : "")
                : r.code() + " has no " + what + " line with a reference figure to measure against";
    }

    private ScrollPane chartView() {
        viewModel.getBars().addListener((ListChangeListener<ChartBar>) c -> chart.show(viewModel.getBars()));
        chart.show(viewModel.getBars());
        Label note = new Label("The " + TotalsTables.CHART_BARS + " largest cuts at most; the value is written "
                + "beside each bar.");
        note.getStyleClass().add("sub-title");
        ScrollPane scroll = new ScrollPane(new VBox(2, note, chart));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox compareView() {
        compareWith.setId("compare-with");
        compareWith.setPromptText("Compare with…");
        compareWith.setItems(viewModel.getCompareChoices());
        compareWith.setCellFactory(lv -> nameCell());
        compareWith.setButtonCell(nameCell());
        compareWith.setTooltip(new Tooltip("A second scenario to see beside the selected one"));
        compareWith.valueProperty().addListener((obs, old, s) -> viewModel.compareWith(s));
        viewModel.compareWithProperty().addListener((obs, old, s) -> syncCompare());
        viewModel.getCompareChoices().addListener((ListChangeListener<Scenario>) c -> syncCompare());
        Button clear = ScenariosPane.button("Clear", "compare-clear", "Compare with nothing");
        clear.setOnAction(e -> compareWith.setValue(null));
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.comparisonTextProperty());
        HBox controls = new HBox(6, new Label("Compare with"), compareWith, clear);
        controls.setAlignment(Pos.CENTER_LEFT);
        comparison.setId("scenario-comparison");
        Rows.oneLine(comparison);
        comparison.setItems(viewModel.getComparison());
        comparison.setPlaceholder(new Label("Choose a second scenario to see both side by side"));
        comparison.getColumns().add(TableCells.text("Mission", "compare-mission", 90, CompareRow::code, null));
        firstColumn.getColumns().add(TableCells.money("Dollars", "compare-first", 85, CompareRow::firstText,
                CompareRow::tooltip, CompareRow::illustrative));
        firstColumn.getColumns().add(TableCells.text("Posts", "compare-first-posts", 110,
                r -> ScenarioText.posts(r.first().postsByGrade()), null));
        secondColumn.getColumns().add(TableCells.money("Dollars", "compare-second", 85, CompareRow::secondText,
                CompareRow::tooltip, CompareRow::illustrative));
        secondColumn.getColumns().add(TableCells.text("Posts", "compare-second-posts", 110,
                r -> ScenarioText.posts(r.second().postsByGrade()), null));
        TableColumn<CompareRow, CompareRow> difference = new TableColumn<>("Difference (second − first)");
        difference.getColumns().add(TableCells.money("Dollars", "compare-difference", 85, CompareRow::differenceText,
                r -> "Positive when the second cuts more", CompareRow::illustrative));
        difference.getColumns().add(TableCells.text("Posts", "compare-posts-difference", 120,
                CompareRow::differencePostsText, null));
        comparison.getColumns().add(firstColumn);
        comparison.getColumns().add(secondColumn);
        comparison.getColumns().add(difference);
        viewModel.selectedProperty().addListener((obs, old, s) -> headers());
        viewModel.compareWithProperty().addListener((obs, old, s) -> headers());
        headers();
        VBox box = new VBox(4, controls, summary, comparison);
        VBox.setVgrow(comparison, Priority.ALWAYS);
        return box;
    }

    private void headers() {
        Scenario a = viewModel.selectedProperty().get();
        Scenario b = viewModel.compareWithProperty().get();
        firstColumn.setText(a == null ? "First" : a.name());
        secondColumn.setText(b == null ? "Second" : b.name());
    }

    /** Shows in the box what the view model compares with (the box loses its value when its items change). */
    private void syncCompare() {
        Scenario s = viewModel.compareWithProperty().get();
        Scenario shown = compareWith.getValue();
        if (s == null ? shown != null : shown == null || shown.id() != s.id() || !shown.equals(s)) {
            compareWith.setValue(s);
        }
    }

    private static ListCell<Scenario> nameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name());
            }
        };
    }

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
