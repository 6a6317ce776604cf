package org.parley.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A pane's title with its own filter box, the same in every pane. Escape in the box clears it.
 */
public final class PaneHeader extends HBox {

    private final TextField filter = new TextField();

    /**
     * @param title the pane's title, e.g. "MISSIONS"
     * @param filterId the filter box's id, for tests and CSS
     * @param prompt the grey text in the empty box
     * @param help the tooltip: what the filter matches
     * @param filterText the view model's filter, bound both ways
     */
    public PaneHeader(String title, String filterId, String prompt, String help, StringProperty filterText) {
        super(8);
        Label label = new Label(title);
        label.getStyleClass().add(Styles.PANE_TITLE);
        filter.setId(filterId);
        filter.setPromptText(prompt);
        filter.setTooltip(FigureCells.tooltip(help + " (Esc clears)"));
        filter.textProperty().bindBidirectional(filterText);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        getChildren().addAll(label, filter);
        getStyleClass().add("pane-header");
    }

    public TextField filter() {
        return filter;
    }
}
