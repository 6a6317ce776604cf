package org.parley.ui.main;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Tab;

import org.parley.ui.compromises.CompromisesPane;
import org.parley.ui.positions.PositionDrops;
import org.parley.ui.positions.PositionsPane;
import org.parley.ui.proposals.ProposalRow;
import org.parley.ui.proposals.ProposalsPane;

/**
 * The Positions and Compromises tabs of the lower area, and how they follow the proposals pane:
 * its proposals can be dragged onto the matrix, and the compromises list follows the selected
 * amendment. Kept out of {@link MainWindow} so that the window stays a layout.
 */
final class DeliberationTabs {

    private DeliberationTabs() {
    }

    static List<Tab> of(MainViewModel vm, ProposalsPane proposals) {
        PositionDrops.dragProposalsFrom(proposals.tree(), row -> row instanceof ProposalRow.OfProposal p
                ? Optional.of(p.proposal()) : Optional.empty());
        proposals.amendmentsTable().getSelectionModel().selectedItemProperty().addListener((o, old, row) ->
                vm.compromises().followedAmendmentProperty().set(row == null ? null : row.amendment().id()));
        PositionsPane positions = new PositionsPane(vm.positions());
        Tab positionsTab = MainWindow.workTab("positions-tab", "Positions", positions);
        positions.showingProperty().bind(positionsTab.selectedProperty());
        return List.of(positionsTab,
                MainWindow.workTab("compromises-tab", "Compromises", new CompromisesPane(vm.compromises())));
    }
}
