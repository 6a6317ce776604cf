package org.parley.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Backups;
import org.parley.ui.common.SampleEditing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The CSV import dialog on a large table (issue 10, finding 6), headless Monocle, the real sample
 * in a real workspace: reading and checking run on background threads with their progress shown,
 * and Cancel stops the check and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class CsvImportDialogTest {

    private static final int ROWS = 50_000;

    @TempDir
    Path dir;
    private SampleEditing desk;

    /**
     * Leaves TestFX's stage alone: it is shared by every TestFX test of the run, and the desk
     * tests after this one keep whatever scene it has (a small one here made their clicks miss).
     * The dialog is shown without an owner.
     */
    @Start
    void start(Stage stage) {
    }

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void aLargeTable_isCheckedOffTheFxThread_withProgressShown_andCancelStopsIt_writingNothing(FxRobot robot)
            throws Exception {
        desk = new SampleEditing(dir);
        String code = desk.editor.data().missions().get(0).code();
        StringBuilder text = new StringBuilder("Mission,Line,Category\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(code).append(",Line ").append(i).append(",Other\n");
        }
        Path file = dir.resolve("large.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Map<String, List<String>> before = desk.dump();
        List<Backups.Backup> backupsBefore = Backups.list(desk.file);
        Threads threads = new Threads();
        CsvImportViewModel vm = new CsvImportViewModel(desk.editing, file, threads::execute, threads::post);
        Dialog<?>[] dialog = new Dialog<?>[1];

        robot.interact(() -> dialog[0] = CsvImportDialog.show(null, vm));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> threads.checkPosts.get() >= Threads.SHOWN);
        WaitForAsyncUtils.waitForFxEvents();

        // The check is under way on its own thread, paused after its third progress report.
        assertThat(threads.startedOnFx).containsOnly(true);
        assertThat(threads.postedFrom).hasSizeGreaterThanOrEqualTo(1 + Threads.SHOWN)
                .allSatisfy(name -> assertThat(name).startsWith("csv-test-"));
        assertThat(vm.stateProperty().get()).isEqualTo(CsvImportViewModel.State.CHECKING);
        assertThat(robot.lookup("#csv-status").queryAs(Label.class).getText()).isEqualTo("Checking row 1,000 of 50,000 …");
        ProgressBar bar = robot.lookup("#csv-progress").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getProgress()).isEqualTo(0.02);
        assertThat(robot.lookup("#form-ok").query().isDisabled()).isTrue();

        Node cancel = dialog[0].getDialogPane().lookupButton(ButtonType.CANCEL);
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        threads.cancelled = true;
        threads.go.countDown();
        threads.check.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(dialog[0].isShowing()).isFalse();
        assertThat(threads.check.isAlive()).isFalse();
        // Neither a progress report nor a result after Cancel: the check stopped, it did not run to its end.
        assertThat(threads.postedAfterCancel.get()).isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(CsvImportViewModel.State.CLOSED);
        assertThat(desk.editor.canUndo()).isFalse();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(Backups.list(desk.file)).isEqualTo(backupsBefore);
        assertThat(desk.dialogs.errors).isEmpty();
    }

    /**
     * The background of the test: each task on a thread of its own. The first task reads the
     * file and runs freely; the check after it posts {@link #SHOWN} progress reports, then waits
     * for {@link #go} in its next one (already on its way when the test cancels).
     */
    private static final class Threads {
        static final int SHOWN = 3;
        final List<Boolean> startedOnFx = new CopyOnWriteArrayList<>();
        final List<String> postedFrom = new CopyOnWriteArrayList<>();
        final AtomicInteger checkPosts = new AtomicInteger();
        final AtomicInteger postedAfterCancel = new AtomicInteger();
        volatile boolean cancelled;
        final CountDownLatch go = new CountDownLatch(1);
        volatile Thread check;
        private int started;

        void execute(Runnable task) {
            startedOnFx.add(Platform.isFxApplicationThread());
            Thread t = new Thread(task, started == 0 ? "csv-test-read" : "csv-test-check-" + started);
            t.setDaemon(true);
            if (started > 0) {
                check = t;
            }
            started++;
            t.start();
        }

        void post(Runnable result) {
            postedFrom.add(Thread.currentThread().getName());
            if (cancelled) {
                postedAfterCancel.incrementAndGet();
            }
            if (Thread.currentThread() == check && checkPosts.get() >= SHOWN) {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (Thread.currentThread() == check) {
                checkPosts.incrementAndGet();
            }
            Platform.runLater(result);
        }
    }
}
