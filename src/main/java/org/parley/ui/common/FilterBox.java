package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A filter choice: "All …" (the empty choice, null) or one of a list that follows the view
 * model, e.g. all missions or one mission.
 */
public final class FilterBox {

    /** The box's width, whatever its choices; long names are cut with an ellipsis (the list shows them whole). */
    static final double PREF_WIDTH = 200;
    static final double MIN_WIDTH = 110;

    private FilterBox() {
    }

    /**
     * @param id the box's id
     * @param all what the empty choice reads, e.g. "All missions"
     * @param choices the view model's choices; the box follows them and keeps its value
     * @param name how a choice reads
     * @param tip what the filter does
     */
    public static <T> ComboBox<T> of(String id, String all, ObservableList<T> choices,
                                          Function<T, String> name, String tip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(all);
        box.setTooltip(FigureCells.tooltip(tip + " (first entry: all)"));
        // "All" is the null entry at the top; the list follows the view model's choices.
        // A set width: a combo box measures the cells of all its items for its preferred width,
        // which after every gesture cost ~40 ms at 10x (160 missions) and more with every mission.
        box.setPrefWidth(PREF_WIDTH);
        box.setMinWidth(MIN_WIDTH);
        Runnable fill = () -> {
            List<T> list = new ArrayList<>();
            list.add(null);
            list.addAll(choices);
            if (list.equals(box.getItems())) {
                return; // the same choices: nothing to lay out again
            }
            T value = box.getValue();
            box.getItems().setAll(list);
            box.setValue(value);
        };
        choices.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? all : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : t == null ? all : name.apply(t));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }
}
