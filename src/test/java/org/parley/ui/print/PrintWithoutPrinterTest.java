package org.parley.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Mission;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Print… when the platform gives no printer job (as on a machine without a printer): the
 * preview says so and offers the PDF. The job factory answers null here whatever printers this
 * machine has, so the decision is tested everywhere.
 */
@ExtendWith(ApplicationExtension.class)
class PrintWithoutPrinterTest {

    @TempDir
    Path folder;

    private Stage owner;
    private PrintPreviewWindow preview;
    private Path chosen;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> preview.stage().close());
    }

    private void open(FxRobot robot) {
        Mission monusco = PrintSamples.SAMPLE.missionByCode("MONUSCO").orElseThrow();
        robot.interact(() -> {
            PrintPreviewViewModel vm = new PrintPreviewViewModel(PrintSamples.briefings(),
                    Runnable::run, Runnable::run, SheetChoice.mission(monusco.id()));
            preview = new PrintPreviewWindow(owner, vm, new PrintPreviewWindow.Services(Runnable::run,
                    (chooser, stage) -> Optional.ofNullable(chosen), () -> null));
            preview.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane noPrinterDialog(FxRobot robot) {
        robot.interact(preview::print);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#no-printer").queryAs(DialogPane.class);
    }

    @Test
    void print_saysThereIsNoPrinter() {
        FxRobot robot = new FxRobot();
        open(robot);

        DialogPane dialog = noPrinterDialog(robot);

        assertThat(dialog.getHeaderText()).isEqualTo("No printer is installed");
        assertThat(dialog.getButtonTypes()).extracting(ButtonType::getText).contains("Save as PDF…");
    }

    @Test
    void ctrlP_inThePreview_printsToo_andEscapeClosesIt() {
        FxRobot robot = new FxRobot();
        open(robot);
        robot.interact(() -> preview.stage().requestFocus());

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#no-printer").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("No printer is installed");
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> preview.stage().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.stage().isShowing()).isFalse();
    }

    @Test
    void theOffer_savesThePdf() throws Exception {
        FxRobot robot = new FxRobot();
        chosen = folder.resolve("brief.pdf");
        open(robot);
        DialogPane dialog = noPrinterDialog(robot);

        ButtonType pdf = dialog.getButtonTypes().stream().filter(b -> b.getText().equals("Save as PDF…")).findFirst()
                .orElseThrow();
        robot.clickOn(dialog.lookupButton(pdf));
        WaitForAsyncUtils.waitForFxEvents();

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(chosen))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Mission brief: MONUSCO", "CONFIDENTIAL");
        }
        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText()).isEqualTo("Saved " + chosen);
    }

    @Test
    void declining_savesNothing() {
        FxRobot robot = new FxRobot();
        chosen = folder.resolve("brief.pdf");
        open(robot);
        DialogPane dialog = noPrinterDialog(robot);

        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chosen).doesNotExist();
    }
}
