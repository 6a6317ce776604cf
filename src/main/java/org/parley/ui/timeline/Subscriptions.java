package org.parley.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The listeners a skin puts on its view model, remembered so that {@link #dispose()} takes them
 * all off again: a replaced skin must not keep reacting to (and be kept alive by) the model.
 */
final class Subscriptions {

    private final List<Runnable> removers = new ArrayList<>();

    <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    <T> void onListChange(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        removers.add(() -> list.removeListener(listener));
    }

    <T> void onSetChange(ObservableSet<T> set, SetChangeListener<? super T> listener) {
        set.addListener(listener);
        removers.add(() -> set.removeListener(listener));
    }

    void dispose() {
        removers.forEach(Runnable::run);
        removers.clear();
    }
}
