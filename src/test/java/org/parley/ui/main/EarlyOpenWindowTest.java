package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.DeskStarter;
import org.parley.app.EarlyOpen;
import org.parley.io.NegotiationJson;
import org.parley.service.DeskService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app reads its workspace while JavaFX starts and the window takes what was read (decision
 * 0021): the desk that shows is the one read early, laid out after the window's first frame, and
 * every gesture on it is written to the file.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyOpenWindowTest {

    @TempDir
    Path folder;

    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();
    private Path file;

    @Start
    void start(Stage stage) {
        stage.setScene(null);
        file = folder.resolve("early.db");
        DeskService service = new DeskService(NegotiationJson::readSample);
        EarlyOpen early = EarlyOpen.start(file, service); // as Main does, before the window
        starter = new DeskStarter(stage, service, new DeskStarter.Environment(
                Executors.newSingleThreadExecutor(), DeskUnderTest.WALL, errors::add, () -> { }));
        starter.open(early);
    }

    @Test
    void theDeskReadEarly_showsWhole_onTheFileItWasReadFrom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> starter.window().isPresent()
                && starter.window().get().wholeProperty().get());
        assertThat(errors).isEmpty();
        assertThat(starter.desk().orElseThrow().file()).isEqualTo(file.toAbsolutePath().normalize());
        MainWindow window = starter.window().orElseThrow();
        // the missions pane holds the sample's missions, the first of them on the screen
        assertThat(window.missionsPane().table().getExpandedItemCount()).isPositive();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".tree-table-row-cell").queryAll().isEmpty());
        robot.interact(starter::close);
        assertThat(errors).isEmpty();
    }
}
