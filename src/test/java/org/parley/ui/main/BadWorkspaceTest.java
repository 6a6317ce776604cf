package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.DeskStarter;
import org.parley.io.NegotiationJson;
import org.parley.service.DeskService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file that is not a workspace: the user is told what and where, and the file is left alone. */
@ExtendWith(ApplicationExtension.class)
class BadWorkspaceTest {

    private static final byte[] NOTES = "Notes from the informals, 26 June\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private final List<String> errors = new ArrayList<>();
    private final AtomicBoolean exited = new AtomicBoolean();
    private Path notes;

    @Start
    void start(Stage stage) throws Exception {
        notes = folder.resolve("notes-" + System.nanoTime() + ".txt");
        Files.write(notes, NOTES);
        DeskStarter starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample),
                new DeskStarter.Environment(Runnable::run, Clock.systemUTC(), errors::add, () -> exited.set(true)));
        starter.open(notes);
    }

    @Test
    void aTextFile_isRefusedWithAMessageNamingIt_andLeftUnchanged(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#open-error").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(notes.toString()).containsIgnoringCase("not");
        assertThat(errors).singleElement().asString().startsWith("parley: ").contains(notes.toString());
        robot.clickOn("Quit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exited).isTrue();
        assertThat(Files.readAllBytes(notes)).isEqualTo(NOTES);
    }
}
