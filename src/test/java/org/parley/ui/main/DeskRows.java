package org.parley.ui.main;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;

import org.parley.model.Proposal;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rows of a {@link DeskUnderTest} that window tests drag, drop and click: found by what they
 * show, once the tree or table has laid them out, and the points on them a gesture aims at.
 */
final class DeskRows {

    private final FxRobot robot;
    private final DeskUnderTest desk;

    DeskRows(FxRobot robot, DeskUnderTest desk) {
        this.robot = robot;
        this.desk = desk;
    }

    /** The first proposal the delegation tabled. */
    Proposal proposal(String delegationCode) {
        long d = desk.data().delegations().stream().filter(x -> x.code().equals(delegationCode)).findFirst()
                .orElseThrow().id();
        return desk.data().proposals().stream().filter(p -> p.delegationId() == d).findFirst().orElseThrow();
    }

    /** Opens a mission in the missions pane, so its lines show. */
    void expand(String missionCode) {
        robot.interact(() -> missionItem(missionCode).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    TreeItem<MissionRow> missionItem(String code) {
        return desk.window().missionsPane().table().getRoot().getChildren().stream()
                .filter(i -> i.getValue().mission().code().equals(code)).findFirst().orElseThrow();
    }

    /** Selects the delegation's first proposal in the proposals pane, so its amendments show. */
    void selectProposal(String delegationCode) {
        Proposal p = proposal(delegationCode);
        robot.interact(() -> desk.window().proposalsPane().tree().getRoot().getChildren().stream()
                .flatMap(g -> g.getChildren().stream())
                .filter(i -> i.getValue() instanceof ProposalRow.OfProposal o && o.proposal().id() == p.id())
                .findFirst().ifPresent(i -> desk.window().proposalsPane().tree().getSelectionModel().select(i)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** MONUSCO's Gender line in the missions pane (MONUSCO must be open). */
    Node genderLine() {
        return missionRow(r -> r instanceof MissionRow.OfLine l && l.line().name().equals("Gender"));
    }

    Node missionRow(Predicate<MissionRow> which) {
        return whenShown(() -> robot.lookup("#missions-table .tree-table-row-cell").queryAll().stream()
                .filter(n -> ((TreeTableRow<?>) n).getItem() instanceof MissionRow r && which.test(r))
                .findFirst());
    }

    Node proposalRow(String delegationCode) {
        return whenShown(() -> robot.lookup("#proposals-tree .tree-table-row-cell").queryAll().stream()
                .filter(n -> ((TreeTableRow<?>) n).getItem() instanceof ProposalRow.OfProposal p
                        && p.delegation().code().equals(delegationCode))
                .findFirst());
    }

    Node delegationRow(String delegationCode) {
        return whenShown(() -> robot.lookup("#proposals-tree .tree-table-row-cell").queryAll().stream()
                .filter(n -> ((TreeTableRow<?>) n).getItem() instanceof ProposalRow.OfDelegation d
                        && d.delegation().code().equals(delegationCode))
                .findFirst());
    }

    Node amendmentRow(int index) {
        return whenShown(() -> robot.lookup("#amendments-table .table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getIndex() == index && !((TableRow<?>) n).isEmpty())
                .findFirst());
    }

    /**
     * A point in a row's first columns: rows are as wide as all their columns, wider than the
     * pane that shows them, so their centre may lie in the next pane.
     */
    PointQuery leftOf(Node row) {
        var b = row.localToScreen(row.getBoundsInLocal());
        return robot.point(new Point2D(b.getMinX() + 40, b.getCenterY()));
    }

    /** A point three quarters down a row: a drop there lands below it. */
    static Point2D lowerHalfOf(Node row) {
        var b = row.localToScreen(row.getBoundsInLocal());
        return new Point2D(b.getMinX() + 40, b.getMinY() + b.getHeight() * 0.75);
    }

    /** Waits until the condition holds, or fails after 10 s. */
    static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("the condition never held", e);
        }
    }

    /**
     * A row once the tree has laid it out: a row expanded a moment ago gets its cell in a later
     * layout pass, which a loaded machine may not have run yet (seen once in a full build).
     */
    private static Node whenShown(Supplier<Optional<Node>> row) {
        waitUntil(() -> row.get().isPresent());
        return row.get().orElseThrow();
    }
}
