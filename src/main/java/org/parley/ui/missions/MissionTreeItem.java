package org.parley.ui.missions;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item that asks the view model for its children the first time they are wanted, so a
 * mission with thousands of posts costs nothing until it is expanded.
 */
final class MissionTreeItem extends TreeItem<MissionRow> {

    private final MissionsViewModel viewModel;
    private boolean childrenLoaded;

    MissionTreeItem(MissionRow row, MissionsViewModel viewModel) {
        super(row);
        this.viewModel = viewModel;
    }

    @Override
    public boolean isLeaf() {
        return viewModel.isLeaf(getValue());
    }

    @Override
    public ObservableList<TreeItem<MissionRow>> getChildren() {
        if (!childrenLoaded) {
            childrenLoaded = true;
            for (MissionRow child : viewModel.children(getValue())) {
                super.getChildren().add(new MissionTreeItem(child, viewModel));
            }
        }
        return super.getChildren();
    }
}
