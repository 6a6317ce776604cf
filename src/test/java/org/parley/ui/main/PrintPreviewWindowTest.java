package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.print.Orientation;
import org.parley.print.Paper;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.print.PrintPreviewWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Print… on the whole desk (real sample, real workspace, headless Monocle): the preview
 * of the selection's sheet, its paging and paper, Save as PDF, and Print with no printer.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @AfterEach
    void closePreview(FxRobot robot) {
        desk.printPreview().ifPresent(p -> robot.interact(() -> p.stage().close()));
    }

    private PrintPreviewWindow previewOfMonusco(FxRobot robot) {
        MainWindow w = desk.window();
        TreeItem<MissionRow> monusco = w.missionsPane().table().getRoot().getChildren().stream()
                .filter(i -> i.getValue().mission().code().equals("MONUSCO")).findFirst().orElseThrow();
        robot.interact(() -> {
            w.missionsPane().table().getSelectionModel().select(monusco);
            w.missionsPane().table().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        return desk.printPreview().orElseThrow(() -> new AssertionError("Ctrl+P opened no preview"));
    }

    /** The texts drawn on the page on screen. */
    private static List<String> pageTexts(PrintPreviewWindow preview) {
        Node view = preview.stage().getScene().getRoot().lookup("#page-view");
        return view.lookupAll("Text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).toList();
    }

    private static String pageNumber(PrintPreviewWindow preview) {
        return ((Label) preview.stage().getScene().getRoot().lookup("#page-number")).getText();
    }

    @Test
    void ctrlP_onMonusco_previewsItsMissionBrief_fromPageOne(FxRobot robot) {
        PrintPreviewWindow preview = previewOfMonusco(robot);

        List<String> texts = pageTexts(preview);
        assertThat(texts).contains("Mission brief: MONUSCO", "CONFIDENTIAL");
        assertThat(texts).anyMatch(t -> t.startsWith("Page 1 of "));
        int count = preview.viewModel().pagesProperty().get().size();
        assertThat(pageNumber(preview)).isEqualTo("Page 1 of " + count);
        assertThat(preview.stage().getOwner()).isSameAs(desk.window().getScene().getWindow());
    }

    @Test
    void anEditOnTheDesk_andItsUndo_showInTheOpenPreview(FxRobot robot) {
        PrintPreviewWindow preview = previewOfMonusco(robot);
        var n = desk.editor().data().negotiation();

        robot.interact(() -> {
            try {
                new org.parley.service.NegotiationEdits(desk.editor()).updateDetails(n.title(), n.body(), "RESTRICTED");
            } catch (org.parley.service.EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageTexts(preview)).contains("RESTRICTED", "Mission brief: MONUSCO").doesNotContain("CONFIDENTIAL");

        robot.interact(() -> {
            try {
                desk.editor().undo();
            } catch (org.parley.service.EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageTexts(preview)).contains("CONFIDENTIAL").doesNotContain("RESTRICTED");
    }

    @Test
    void theDailyBrief_sinceATimeTypedInTheBar(FxRobot robot) {
        PrintPreviewWindow preview = previewOfMonusco(robot);
        robot.interact(() -> preview.viewModel().chooseKind(org.parley.ui.print.SheetKind.DAILY));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#sheet-since-time").write("2018-06-25 18:00").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pageTexts(preview)).anyMatch(t -> t.startsWith("What changed since 25 Jun 2018 18:00"));

        robot.doubleClickOn("#sheet-since-time").push(KeyCode.CONTROL, KeyCode.A).write("soon").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-since-time").queryAs(javafx.scene.control.TextField.class).getStyleClass())
                .contains("error");
        assertThat(preview.viewModel().statusProperty().get()).contains("Type a time such as 25 Jun 2018 18:00");
        assertThat(pageTexts(preview)).anyMatch(t -> t.startsWith("What changed since 25 Jun 2018 18:00"));
    }

    @Test
    void next_andPageDown_moveThroughThePages(FxRobot robot) {
        PrintPreviewWindow preview = previewOfMonusco(robot);
        int count = preview.viewModel().pagesProperty().get().size();
        Assumptions.assumeTrue(count > 1, "the MONUSCO brief has one page");

        robot.clickOn("#page-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageNumber(preview)).isEqualTo("Page 2 of " + count);
        assertThat(pageTexts(preview)).contains("Page 2 of " + count);

        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageNumber(preview)).isEqualTo("Page 1 of " + count);
    }

    @Test
    void letterLandscape_laysTheSheetOutAgain(FxRobot robot) {
        PrintPreviewWindow preview = previewOfMonusco(robot);
        assertThat(preview.viewModel().pageProperty().get().width()).isEqualTo(Paper.A4.width());

        robot.interact(() -> {
            preview.viewModel().paperProperty().set(Paper.LETTER);
            preview.viewModel().orientationProperty().set(Orientation.LANDSCAPE);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preview.viewModel().pageProperty().get().width()).isEqualTo(Paper.LETTER.height());
        assertThat(pageTexts(preview)).anyMatch(t -> t.startsWith("Page 1 of "));
        assertThat(robot.lookup("#paper").queryComboBox().getValue()).isEqualTo(Paper.LETTER);
    }

    @Test
    void saveAsPdf_writesTheSheetThroughTheChooser(FxRobot robot) throws Exception {
        Path pdf = folder.resolve("monusco-" + System.nanoTime() + ".pdf");
        desk.answerFileChoosersWith(folder.resolve("unused.json"), pdf);
        previewOfMonusco(robot);

        robot.clickOn("#save-pdf");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pdf).exists();
        assertThat(textOf(pdf)).contains("MONUSCO", "CONFIDENTIAL");
        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText()).startsWith("Saved ");
    }

    @Test
    void print_withNoPrinter_saysSo_andOffersThePdf(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Printer.getAllPrinters().isEmpty(), "this machine has a printer");
        Path pdf = folder.resolve("instead-" + System.nanoTime() + ".pdf");
        desk.answerFileChoosersWith(folder.resolve("unused.json"), pdf);
        previewOfMonusco(robot);

        robot.clickOn("#print");
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Node> dialog = robot.lookup("#no-printer").tryQuery();
        assertThat(dialog).isPresent();
        assertThat(robot.lookup("#no-printer .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("No printer is installed");

        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.get();
        javafx.scene.control.ButtonType pdfButton = pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Save as PDF…")).findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(pdfButton));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(pdf)).contains("MONUSCO");
    }

    private static String textOf(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
