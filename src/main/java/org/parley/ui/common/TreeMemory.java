package org.parley.ui.common;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javafx.scene.control.Control;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the user's place in a tree across a refresh that rebuilds it: which items were open,
 * which was selected and where the view was scrolled, all by the ids of what the items show
 * (the refreshed items are new objects). Only items the user could see are visited, so lazily
 * loaded children are not loaded by looking.
 */
public final class TreeMemory {

    private TreeMemory() {
    }

    /** The keys of the expanded items under {@code root}. */
    public static <T> Set<Object> expandedKeys(TreeItem<T> root, Function<T, Object> key) {
        Set<Object> keys = new HashSet<>();
        collect(root, key, keys);
        return keys;
    }

    /** Expands the items under {@code root} whose keys are in {@code keys}, level by level. */
    public static <T> void expand(TreeItem<T> root, Set<Object> keys, Function<T, Object> key) {
        for (TreeItem<T> child : root.getChildren()) {
            if (child.getValue() != null && keys.contains(key.apply(child.getValue())) && !child.isLeaf()) {
                child.setExpanded(true);
                expand(child, keys, key);
            } else if (child.isExpanded()) {
                expand(child, keys, key);
            }
        }
    }

    /** The item with a key among those the user can reach without opening anything. */
    public static <T> Optional<TreeItem<T>> find(TreeItem<T> root, Object wanted, Function<T, Object> key) {
        if (wanted == null || root == null) {
            return Optional.empty();
        }
        for (TreeItem<T> child : root.getChildren()) {
            if (child.getValue() != null && wanted.equals(key.apply(child.getValue()))) {
                return Optional.of(child);
            }
            if (child.isExpanded()) {
                Optional<TreeItem<T>> found = find(child, wanted, key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The index of the first row in view, or -1 before the control is shown. */
    public static int firstVisibleRow(Control control) {
        if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return -1;
    }

    private static <T> void collect(TreeItem<T> item, Function<T, Object> key, Set<Object> keys) {
        if (item == null) {
            return;
        }
        for (TreeItem<T> child : item.getChildren()) {
            if (child.isExpanded()) {
                if (child.getValue() != null) {
                    keys.add(key.apply(child.getValue()));
                }
                collect(child, key, keys);
            }
        }
    }
}
