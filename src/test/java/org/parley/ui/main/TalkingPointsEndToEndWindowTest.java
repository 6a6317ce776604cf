package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ui.missions.MissionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Our talking points end to end on the whole desk (decision 0026; real sample, real workspace
 * file, headless Monocle): Negotiation > Talking points… on MONUSCO, a point typed and saved, the
 * file and the change history read back with a plain SQL connection, the window opened again by
 * the keyboard (Alt+N, the arrow keys, Enter) showing the save in its history, then Ctrl+P and Save as PDF, the path
 * the app prints by, with the point found on page 1 of the mission brief read back with PDFBox.
 */
@ExtendWith(ApplicationExtension.class)
class TalkingPointsEndToEndWindowTest {

    private static final String POINT = "Keep every human-rights officer in MONUSCO; accept a smaller cut to travel.";

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = FullScreenDesk.start(stage, folder);
    }

    @AfterEach
    void closePreview(FxRobot robot) {
        desk.printPreview().ifPresent(p -> robot.interact(() -> p.stage().close()));
    }

    @Test
    void typedThroughTheMenu_savedInTheFile_inTheHistory_andOnPageOneOfTheMissionBrief(FxRobot robot) throws Exception {
        selectMonusco(robot);
        assertThat(count("SELECT count(*) FROM talking_point")).isZero();

        robot.clickOn("Negotiation").clickOn("#menu-talking-points");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = dialogPane(robot);
        assertThat(dialog.getHeaderText()).startsWith("Our talking points on MONUSCO.");
        TextArea text = robot.lookup("#talking-points-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEmpty();
        robot.clickOn(text).write(POINT);
        robot.clickOn((Node) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Save")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        // In the file as soon as the window closes: one version, of MONUSCO, with the text.
        assertThat(rows("SELECT m.code || ' v' || t.version || ': ' || t.text FROM talking_point t "
                + "JOIN mission m ON m.id = t.mission_id")).containsExactly("MONUSCO v1: " + POINT);
        // 12 words, counted by hand: Keep every human-rights officer in MONUSCO; accept a smaller cut to travel.
        assertThat(rows("SELECT description FROM change_log ORDER BY id DESC LIMIT 1"))
                .containsExactly("Talking points on MONUSCO saved (12 words), version 1");
        assertThat(desk.editor().undoLabel()).contains("Save talking points");

        // The keyboard path: Alt+N opens the Negotiation menu, then the arrow keys down to
        // "Talking points…" and Enter (Monocle does not pass a mnemonic letter to an open menu).
        selectMonusco(robot);
        robot.press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 12 && !"Talking points…".equals(focusedMenuItem()); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            passed.add(focusedMenuItem());
        }
        assertThat(focusedMenuItem()).as("menu items passed: " + passed).isEqualTo("Talking points…");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        dialog = dialogPane(robot);
        assertThat(robot.lookup("#talking-points-text").queryAs(TextArea.class).getText()).isEqualTo(POINT);
        @SuppressWarnings("unchecked")
        ListView<Object> history = robot.lookup("#talking-points-history").queryAs(ListView.class);
        assertThat(history.getItems()).hasSize(1);
        // The row as the window shows it: "<time of the save> — <its first line, cut at 59 characters>…".
        List<String> shown = robot.lookup("#talking-points-history .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(shown).singleElement().asString().endsWith(" — " + POINT.substring(0, 59) + "…");
        robot.clickOn((Node) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT count(*) FROM talking_point")).isEqualTo(1);

        // Printed the way the app prints: Ctrl+P on MONUSCO, then Save as PDF in the preview.
        Path pdf = folder.resolve("monusco-" + System.nanoTime() + ".pdf");
        desk.answerFileChoosersWith(folder.resolve("unused.json"), pdf);
        selectMonusco(robot);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.printPreview()).as("Ctrl+P opened the preview").isPresent();
        robot.clickOn("#save-pdf");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pdf).exists();
        String pageOne = pageOne(pdf).replaceAll("\\s+", " "); // the paragraph wraps
        assertThat(pageOne).contains("Mission brief: MONUSCO").contains("Talking points").contains(POINT);
        assertThat(desk.errors).isEmpty();
    }

    private void selectMonusco(FxRobot robot) {
        MainWindow w = desk.window();
        TreeItem<MissionRow> monusco = w.missionsPane().table().getRoot().getChildren().stream()
                .filter(i -> i.getValue().mission().code().equals("MONUSCO")).findFirst().orElseThrow();
        robot.interact(() -> {
            w.missionsPane().table().getSelectionModel().select(monusco);
            w.missionsPane().table().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the menu item the keyboard is on, in the open menu's popup; null when none is. */
    private static String focusedMenuItem() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                .filter(n -> n.isFocused() || n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("focused")))
                .map(n -> n.lookup(".label")).filter(l -> l instanceof javafx.scene.control.Label)
                .map(l -> ((javafx.scene.control.Label) l).getText().replace("_", "")).findFirst().orElse(null);
    }

    /** The talking points window's pane, once it shows. */
    private static DialogPane dialogPane(FxRobot robot) {
        Node text = robot.lookup("#talking-points-text").tryQuery()
                .orElseThrow(() -> new AssertionError("the talking points window did not open"));
        Node at = text;
        while (!(at instanceof DialogPane)) {
            at = at.getParent();
        }
        return (DialogPane) at;
    }

    private static String pageOne(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        }
    }

    private int count(String sql) throws Exception {
        return FullScreenDesk.count(desk, sql);
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
