package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.TimelineEvent;
import org.parley.ui.common.DetailsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The details pane as a formatted view (issue 14): a heading, sections, label/value rows with the
 * source under the amount, illustrative figures marked, and links that select what they name.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsViewWindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void aMission_readsAsHeadingSectionsAndRows_withSourcesApart_andIllustrativeMarked(FxRobot robot) {
        MainWindow w = desk.window();
        var monusco = w.missionsPane().table().getRoot().getChildren().stream()
                .filter(i -> i.getValue().mission().code().equals("MONUSCO")).findFirst().orElseThrow();
        robot.interact(() -> w.missionsPane().table().getSelectionModel().select(monusco));
        WaitForAsyncUtils.waitForFxEvents();
        DetailsView details = robot.lookup("#details").queryAs(DetailsView.class);
        assertThat(texts(details, ".details-heading")).singleElement().asString().startsWith("MONUSCO — ");
        assertThat(texts(details, ".details-section")).contains("Baselines", "Proposed cuts");
        assertThat(texts(details, ".details-label")).contains("Status");
        assertThat(texts(details, ".details-source")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).as("a source on its own line, without brackets")
                        .matches("(Source: |Illustrative figure).*"));
        // a figure computed from illustrative ones keeps its asterisk and takes the illustrative style
        assertThat(details.lookupAll(".illustrative")).isNotEmpty()
                .allSatisfy(n -> assertThat(((javafx.scene.control.Labeled) n).getText()).matches("(?s).*(\\*|Illustrative).*"));
        assertThat(details.getText()).as("the plain text stays, for Copy all").startsWith("MONUSCO — ");
    }

    @Test
    void anEventsMissions_areLinks_thatSelectTheMission(FxRobot robot) {
        MainWindow w = desk.window();
        TimelineEvent withMission = desk.data().events().stream().filter(e -> !e.missionIds().isEmpty())
                .min(Comparator.comparing(TimelineEvent::at)).orElseThrow();
        String code = desk.data().mission(withMission.missionIds().iterator().next()).orElseThrow().code();
        robot.interact(() -> w.timelineView().getViewModel().select(withMission));
        WaitForAsyncUtils.waitForFxEvents();
        DetailsView details = robot.lookup("#details").queryAs(DetailsView.class);
        Hyperlink link = details.lookupAll(".details-link").stream().map(Hyperlink.class::cast)
                .filter(h -> h.getText().equals(code)).findFirst().orElseThrow(() -> new AssertionError(
                        "no link to " + code + " in " + texts(details, ".details-link")));
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.missionsPane().table().getSelectionModel().getSelectedItem().getValue().mission().code())
                .isEqualTo(code);
    }

    @Test
    void aDelegationsRow_showsThatDelegation_notWhatWasSelectedBefore(FxRobot robot) {
        MainWindow w = desk.window();
        new DeskRows(robot, desk).selectProposal("RU");
        var tree = w.proposalsPane().tree();
        var china = tree.getRoot().getChildren().stream()
                .filter(g -> g.getValue() instanceof org.parley.ui.proposals.ProposalRow.OfDelegation d
                        && d.delegation().code().equals("CN")).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(china));
        WaitForAsyncUtils.waitForFxEvents();
        DetailsView details = robot.lookup("#details").queryAs(DetailsView.class);
        assertThat(texts(details, ".details-heading")).containsExactly("China (CN)");
        String cnProposal = desk.data().proposals().stream()
                .filter(p -> desk.data().delegation(p.delegationId()).orElseThrow().code().equals("CN"))
                .findFirst().orElseThrow().title();
        assertThat(details.getText()).contains(cnProposal).doesNotContain("Russian Federation");
    }

    private static List<String> texts(DetailsView details, String selector) {
        return details.lookupAll(selector).stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
    }
}
