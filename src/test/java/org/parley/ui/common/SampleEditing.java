package org.parley.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.parley.io.NegotiationJson;
import org.parley.service.Editor;
import org.parley.store.Workspace;

/** The real sample in a real workspace, edited through a {@link DeskEditing} with fake dialogs. */
public final class SampleEditing implements AutoCloseable {

    public final Workspace workspace;
    public final Editor editor;
    public final FakeDialogs dialogs = new FakeDialogs();
    public final DeskEditing editing;

    public SampleEditing(Path dir) throws Exception {
        workspace = Workspace.open(dir.resolve("vm.parley"));
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id),
                Clock.fixed(Instant.parse("2018-06-26T14:00:00Z"), ZoneOffset.UTC));
        editing = new DeskEditing(editor, dialogs);
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }
}
