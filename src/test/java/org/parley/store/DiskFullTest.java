package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.Stance;
import org.parley.service.EditException;
import org.parley.service.PositionEdits;
import org.parley.ui.common.SampleEditing;

/**
 * A disk that fills up during a gesture, simulated with SQLite's {@code max_page_count} on the
 * workspace's own connection: the file cannot grow by a page. The gesture fails with a message
 * that says so, the file keeps exactly what it held, and the desk keeps showing the state before.
 * (In this package because the workspace connection is only reachable from the store.)
 */
class DiskFullTest {

    /** A note too big to fit in the pages the file already has. */
    private static final String HUGE_NOTE = "Said at length. ".repeat(20_000);

    @TempDir
    Path dir;
    private SampleEditing desk;
    private Delegation delegation;
    private Item item;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        delegation = desk.editor.data().delegations().get(0);
        item = Item.amendment(desk.editor.data().proposals().get(0).amendments().get(0).id());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    /** Lets the file grow no more (or again, with {@code full} false). */
    private void diskFull(boolean full) throws StoreException {
        desk.workspace.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                long pages = 0;
                try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    pages = rs.getLong(1);
                }
                s.execute("PRAGMA max_page_count = " + (full ? pages : Integer.MAX_VALUE));
            }
            return null;
        });
    }

    private String integrity() throws StoreException {
        return desk.workspace.inTransaction(c -> Sql.pragmaText(c, "integrity_check"));
    }

    private void setHugeNote() throws EditException {
        new PositionEdits(desk.editor).setStance(delegation.id(), item, Stance.OPPOSES, HUGE_NOTE);
    }

    @Test
    void aGestureThatRunsOutOfSpace_failsSayingTheDiskIsFull() throws Exception {
        diskFull(true);
        EditException e = assertThrows(EditException.class, this::setHugeNote);
        assertThat(e.getMessage()).startsWith("Could not save \"set stance\": ").contains("the disk is full");
    }

    @Test
    void theFileIsLeftExactlyAsItWas_andIntact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        diskFull(true);
        assertThrows(EditException.class, this::setHugeNote);
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(integrity()).isEqualTo("ok");
    }

    @Test
    void theDeskKeepsTheStateBefore_andHasNothingToUndo() throws Exception {
        NegotiationData shown = desk.editor.data();
        diskFull(true);
        assertThat(desk.editing.run("Set stance", this::setHugeNote)).isFalse();
        assertThat(desk.editor.data()).isSameAs(shown);
        assertThat(desk.editor.canUndo()).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString()
                .startsWith("Set stance failed: ").contains("the disk is full").endsWith("Nothing was changed.");
    }

    @Test
    void onceThereIsSpaceAgain_theSameGestureIsSaved() throws Exception {
        diskFull(true);
        assertThrows(EditException.class, this::setHugeNote);
        diskFull(false);
        setHugeNote();
        assertThat(desk.reload().positions()).anyMatch(p -> p.note().equals(HUGE_NOTE.strip()));
        assertThat(integrity()).isEqualTo("ok");
    }

    @Test
    void anImportThatRunsOutOfSpace_failsSayingTheDiskIsFull_andChangesNothing() throws Exception {
        Map<String, List<String>> before = desk.dump();
        int negotiations = desk.workspace.negotiations().list().size();
        diskFull(true);

        StoreException e = assertThrows(StoreException.class,
                () -> desk.workspace.insertNegotiation(desk.editor.data()));

        assertThat(e.getMessage()).contains("the disk is full");
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(integrity()).isEqualTo("ok");
        diskFull(false);
        assertThat(desk.workspace.negotiations().list()).hasSize(negotiations);
    }
}
