package org.parley.ui.common;

import java.nio.file.Path;

import org.parley.service.SampleDesk;

/** The real sample in a real workspace ({@link SampleDesk}), edited through a {@link DeskEditing} with fake dialogs. */
public final class SampleEditing extends SampleDesk {

    public final FakeDialogs dialogs = new FakeDialogs();
    public final DeskEditing editing;

    public SampleEditing(Path dir) throws Exception {
        super(dir);
        editing = new DeskEditing(editor, dialogs);
        editor.addListener(editing::onApplied); // as the desk session does
    }
}
