package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… and File > Import… on the real desk, with the file dialogs answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ImportExportWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;
    private Path exported;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
        exported = folder.resolve("export-" + System.nanoTime() + ".json");
    }

    private void choose(String menuItemId) {
        MenuItem item = ((MenuBar) desk.window().lookup(".menu-bar")).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> menuItemId.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void export(FxRobot robot) {
        desk.answerFileChoosersWith(exported, exported);
        choose("menu-export");
        robot.clickOn("This negotiation");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesTheNegotiationOnTheDesk(FxRobot robot) throws Exception {
        export(robot);
        assertThat(Files.readString(exported, StandardCharsets.UTF_8))
                .contains("\"version\": 3").contains(desk.data().negotiation().title());
    }

    @Test
    void importAsNewShowsTheImportedNegotiation(FxRobot robot) throws Exception {
        export(robot);
        long before = desk.editor().negotiationId();
        choose("menu-import");
        robot.clickOn("As a new negotiation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.editor().negotiationId()).isNotEqualTo(before);
        assertThat(desk.negotiationCount()).isEqualTo(2);
    }

    @Test
    void importReplacingPutsTheFileInPlaceOfTheNegotiationOnTheDesk(FxRobot robot) throws Exception {
        export(robot);
        String title = desk.data().negotiation().title();
        Files.writeString(exported, Files.readString(exported).replace("\"title\": \"" + title + "\"",
                "\"title\": \"Renamed in the file\""));
        choose("menu-import");
        robot.clickOn(node -> node instanceof Button b && b.getText().replace("_", "").startsWith("Replace"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.data().negotiation().title()).isEqualTo("Renamed in the file");
        assertThat(desk.negotiationCount()).isEqualTo(1);
    }

    @Test
    void aBadFileIsRefusedInADialogNamingThePlace(FxRobot robot) throws Exception {
        Path bad = folder.resolve("bad-" + System.nanoTime() + ".json");
        Files.writeString(bad, "{\"format\": \"parley-negotiation\", \"version\": 9}");
        desk.answerFileChoosersWith(bad, exported);
        long before = desk.editor().negotiationId();
        choose("menu-import");
        robot.clickOn("As a new negotiation");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#import-error").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("$.version").contains("newer");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.editor().negotiationId()).isEqualTo(before);
        assertThat(desk.negotiationCount()).isEqualTo(1);
        assertThat(desk.errors).singleElement().asString().contains(bad.getFileName().toString());
    }
}
