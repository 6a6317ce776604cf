package org.parley.ui.scenarios;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import org.parley.ui.common.MoneyText;

/**
 * Dollars cut per mission as horizontal bars, largest on top, each with its value written
 * beside it: the chart reads in black and white and needs no legend. The value axis leaves
 * room on the right for the largest bar's text.
 */
final class CutsChart extends BarChart<Number, String> {

    private static final double BAR_PITCH = 24;
    private final Map<XYChart.Data<Number, String>, Text> labels = new IdentityHashMap<>();

    CutsChart() {
        super(new NumberAxis(), new CategoryAxis());
        setId("scenario-chart");
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(6);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel("Dollars cut");
        x.setAutoRanging(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return MoneyText.compact(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        getYAxis().setAutoRanging(false);
    }

    /** Shows these bars, first on top. */
    void show(List<ChartBar> bars) {
        getPlotChildren().removeAll(labels.values());
        labels.clear();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        long max = 0;
        long min = 0;
        for (int i = bars.size() - 1; i >= 0; i--) {
            ChartBar b = bars.get(i);
            categories.add(b.category());
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.usd(), b.category());
            series.getData().add(d);
            Text t = new Text(b.label());
            t.getStyleClass().add("bar-value");
            labels.put(d, t);
            max = Math.max(max, b.usd());
            min = Math.min(min, b.usd());
        }
        ((CategoryAxis) getYAxis()).setCategories(FXCollections.observableArrayList(categories));
        range(min, max);
        getData().setAll(List.of(series));
        for (int i = 0; i < series.getData().size(); i++) {
            Node bar = series.getData().get(i).getNode();
            ChartBar b = bars.get(bars.size() - 1 - i);
            if (bar != null) {
                Tooltip.install(bar, new Tooltip(b.category() + ": " + b.tooltip()));
            }
        }
        getPlotChildren().addAll(labels.values());
        setPrefHeight(Math.max(160, bars.size() * BAR_PITCH + 70));
        setMinHeight(getPrefHeight());
    }

    /** The text beside each bar, in the order shown from the bottom (for tests). */
    List<String> valueTexts() {
        return getData().isEmpty() ? List.of() : getData().get(0).getData().stream()
                .map(d -> labels.get(d).getText()).toList();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (Map.Entry<XYChart.Data<Number, String>, Text> e : labels.entrySet()) {
            Node bar = e.getKey().getNode();
            if (bar == null) {
                continue;
            }
            Bounds b = bar.getBoundsInParent();
            Text t = e.getValue();
            t.setX(b.getMaxX() + 5);
            t.setY(b.getMinY() + b.getHeight() / 2 + t.getLayoutBounds().getHeight() / 3);
        }
    }

    /** From the largest restoration (or 0) to the largest cut, with a quarter more for the text. */
    private void range(long min, long max) {
        NumberAxis x = (NumberAxis) getXAxis();
        double upper = max <= 0 ? 1_000_000 : max * 1.3;
        double lower = min < 0 ? min * 1.3 : 0;
        x.setLowerBound(lower);
        x.setUpperBound(upper);
        x.setTickUnit(niceUnit((upper - lower) / 5));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceUnit(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
