package org.parley.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.parley.io.NegotiationJson;
import org.parley.service.Editor;
import org.parley.store.Workspace;

/** The real sample in a real workspace, edited through a {@link DeskEditing} with fake dialogs. */
public final class TestDesks implements AutoCloseable {

    /** Dialogs that answer confirmations from a flag and keep the errors. */
    public static final class FakeDialogs implements Dialogs {
        public final List<String> errors = new ArrayList<>();
        public final List<String> questions = new ArrayList<>();
        public boolean agree = true;

        @Override
        public boolean confirm(String title, String question, String detail) {
            questions.add(question + " " + detail);
            return agree;
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    }

    public final Workspace workspace;
    public final Editor editor;
    public final FakeDialogs dialogs = new FakeDialogs();
    public final DeskEditing editing;

    public TestDesks(Path dir) throws Exception {
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
