package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;
import org.parley.ui.common.DragMode.Keys;
import org.parley.ui.common.DragMode.Os;

class DragModeTest {

    private static Keys keys(boolean shift, boolean ctrl, boolean alt, boolean meta) {
        return new Keys(shift, ctrl, alt, meta);
    }

    @Test
    void aPlainDrag_moves_onEveryPlatform() {
        assertThat(DragMode.of(Os.OTHER, Keys.NONE)).isEqualTo(TransferMode.MOVE);
        assertThat(DragMode.of(Os.MAC, Keys.NONE)).isEqualTo(TransferMode.MOVE);
    }

    @Test
    void ctrl_copies_onLinuxAndWindows_butNotOnMac() {
        assertThat(DragMode.of(Os.OTHER, keys(false, true, false, false))).isEqualTo(TransferMode.COPY);
        assertThat(DragMode.of(Os.MAC, keys(false, true, false, false))).isEqualTo(TransferMode.MOVE);
    }

    @Test
    void optionAlt_copies_onMac_butNotElsewhere() {
        assertThat(DragMode.of(Os.MAC, keys(false, false, true, false))).isEqualTo(TransferMode.COPY);
        assertThat(DragMode.of(Os.OTHER, keys(false, false, true, false))).isEqualTo(TransferMode.MOVE);
    }

    @Test
    void shiftOrMeta_alone_move() {
        for (Os os : Os.values()) {
            assertThat(DragMode.of(os, keys(true, false, false, false))).isEqualTo(TransferMode.MOVE);
            assertThat(DragMode.of(os, keys(false, false, false, true))).isEqualTo(TransferMode.MOVE);
        }
    }

    @Test
    void theCopyKey_withShift_stillCopies() {
        assertThat(DragMode.of(Os.OTHER, keys(true, true, false, false))).isEqualTo(TransferMode.COPY);
        assertThat(DragMode.of(Os.MAC, keys(true, false, true, false))).isEqualTo(TransferMode.COPY);
    }
}
