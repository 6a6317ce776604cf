package org.parley.service;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the proposal tests share: the real sample in a workspace file of a fresh folder, its editor
 * and the proposal gestures on it, opened before each test and closed after it.
 */
abstract class ProposalDeskTest {

    @TempDir
    Path dir;
    SampleDesk desk;
    Editor editor;
    ProposalEdits edits;

    @BeforeEach
    final void openSample() throws Exception {
        desk = new SampleDesk(dir);
        editor = desk.editor;
        edits = new ProposalEdits(editor);
    }

    @AfterEach
    final void closeSample() throws Exception {
        desk.close();
    }
}
