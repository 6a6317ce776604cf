package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

class TreeMemoryTest {

    private static final Function<String, Object> KEY = s -> s.substring(0, 1);

    @Test
    void expandedKeys_areThoseOfOpenItems_atEveryLevelTheUserCanSee() {
        TreeItem<String> root = tree();
        root.getChildren().get(0).setExpanded(true);
        root.getChildren().get(0).getChildren().get(0).setExpanded(true);
        root.getChildren().get(1).getChildren().get(0).setExpanded(true); // under a closed item: not seen

        assertThat(TreeMemory.expandedKeys(root, KEY)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void expand_opensTheSameItemsInANewTree() {
        TreeItem<String> fresh = tree();

        TreeMemory.expand(fresh, Set.of("a", "b"), KEY);

        assertThat(fresh.getChildren().get(0).isExpanded()).isTrue();
        assertThat(fresh.getChildren().get(0).getChildren().get(0).isExpanded()).isTrue();
        assertThat(fresh.getChildren().get(1).isExpanded()).isFalse();
    }

    @Test
    void find_looksOnlyWhereTheUserCanSee() {
        TreeItem<String> root = tree();
        assertThat(TreeMemory.find(root, "b", KEY)).isEmpty();
        root.getChildren().get(0).setExpanded(true);
        assertThat(TreeMemory.find(root, "b", KEY)).map(TreeItem::getValue).contains("b1");
        assertThat(TreeMemory.find(root, null, KEY)).isEmpty();
    }

    /** a1 ( b1 ( c1 ) ), d1 ( e1 ( f1 ) ); keys are the first letters. */
    private static TreeItem<String> tree() {
        TreeItem<String> root = new TreeItem<>("root");
        root.getChildren().add(branch("a1", branch("b1", new TreeItem<>("c1"))));
        root.getChildren().add(branch("d1", branch("e1", new TreeItem<>("f1"))));
        return root;
    }

    @SafeVarargs
    private static TreeItem<String> branch(String value, TreeItem<String>... children) {
        TreeItem<String> item = new TreeItem<>(value);
        item.getChildren().addAll(children);
        return item;
    }
}
