package org.parley.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Proposal;
import org.parley.store.Workspace;

/** The real sample in a real workspace file, with an editor on it: the fixture of gesture tests. */
final class SampleDesk implements AutoCloseable {

    static final Instant NOW = Instant.parse("2018-06-26T14:00:00Z");

    final Path file;
    final Workspace workspace;
    final Editor editor;

    SampleDesk(Path dir) throws Exception {
        file = dir.resolve("sample.parley");
        workspace = Workspace.open(file);
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Delegation delegation(String code) {
        return editor.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    Proposal proposal(String delegationCode) {
        long d = delegation(delegationCode).id();
        return editor.data().proposals().stream().filter(p -> p.delegationId() == d).findFirst().orElseThrow();
    }

    /** The first amendment of a delegation's proposal whose description starts so, e.g. "MONUSCO / Human rights". */
    Amendment amendment(String delegationCode, String describedAs) {
        return proposal(delegationCode).amendments().stream()
                .filter(a -> editor.data().describe(Item.amendment(a.id())).startsWith(describedAs))
                .findFirst().orElseThrow(() -> new AssertionError("no amendment " + describedAs));
    }

    Mission mission(String code) {
        return editor.data().missionByCode(code).orElseThrow();
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }
}
