package org.parley.service;

import org.parley.io.ExportFiles;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.io.NegotiationSink;
import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.TalkingPoints;
import org.parley.model.TimelineEvent;
import org.parley.store.NegotiationRows;
import org.parley.store.StoreException;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceGuard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;

/**
 * JSON export and import between a workspace and files; shared by the window and the command
 * line. Exports are written whole or not at all ({@link ExportFiles}); an import streams the file
 * into one transaction, part by part (decision 0019), so a bad file or a failed write changes
 * nothing, and no more than one part of the file is held in memory at a time.
 */
public final class Exchange {

    private Exchange() {
    }

    /** Writes one negotiation as a version 2 document to {@code out}, streamed (decision 0019). */
    public static void exportNegotiation(Workspace workspace, long negotiationId, Path out) throws ExchangeException {
        refuseOutput(workspace, out);
        NegotiationData data = load(workspace, negotiationId);
        write(out, stream -> NegotiationJsonWriter.write(data, stream));
    }

    /**
     * Writes every negotiation of the workspace, in the order the workspace lists them, to
     * {@code out}: loaded one at a time, each written and forgotten before the next.
     */
    public static void exportWorkspace(Workspace workspace, Path out) throws ExchangeException {
        refuseOutput(workspace, out);
        List<Negotiation> listed = list(workspace);
        Iterable<NegotiationData> lazily = () -> listed.stream().map(n -> {
            try {
                return load(workspace, n.id());
            } catch (ExchangeException e) {
                throw new LoadFailed(e);
            }
        }).iterator();
        try {
            write(out, stream -> NegotiationJsonWriter.writeWorkspace(lazily, stream));
        } catch (LoadFailed e) {
            throw e.failure;
        }
    }

    /** A negotiation that could not be loaded midway through an export; the export is then not written. */
    private static final class LoadFailed extends RuntimeException {
        private final ExchangeException failure;

        LoadFailed(ExchangeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /**
     * Reads and checks a file completely, without touching any workspace: a negotiation document
     * (version 1 or 2) or a whole-workspace export, each negotiation whole in memory.
     *
     * @throws ImportException naming the file, the place in it and the rule broken
     */
    public static List<NegotiationData> read(Path file) throws ImportException {
        return NegotiationJson.readDocuments(file);
    }

    /**
     * Checks a file completely as an import would, without touching any workspace and without
     * holding it: one part at a time (decision 0019).
     *
     * @return how many negotiations it holds
     * @throws ImportException naming the file, the place in it and the rule broken
     */
    public static int check(Path file) throws ImportException {
        return NegotiationJson.stream(file, new NegotiationSink() { });
    }

    /** A negotiation an import added: its id and title. */
    public record Imported(long id, String title) {
    }

    /**
     * Imports {@code file} into a workspace file that does not exist yet, reading the file once.
     * The rows go into a file beside it under a name of this import's own, which takes the
     * workspace's name only when the import is whole: a bad file leaves nothing behind (checking
     * the file first and then importing it read it twice, a third of the time of a large import).
     *
     * @throws ExchangeException also when a file of that name appeared meanwhile (it is left as it is)
     */
    public static List<Imported> importIntoNew(Path workspace, Path file)
            throws ImportException, ExchangeException, StoreException {
        Path partial = workspace.resolveSibling("." + workspace.getFileName() + ".importing-"
                + ProcessHandle.current().pid() + "-" + System.nanoTime());
        List<Imported> imported = new ArrayList<>();
        try {
            try (Workspace w = Workspace.open(partial)) {
                for (long id : importAsNew(w, file)) {
                    imported.add(new Imported(id, w.negotiations().find(id).map(Negotiation::title).orElse("")));
                }
            }
            publish(partial, workspace);
            return imported;
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
                try {
                    Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
                } catch (IOException e) {
                    // a leftover under a hidden name of its own harms nothing
                }
            }
        }
    }

    /** Gives the finished file the workspace's name, never over a file that appeared meanwhile. */
    private static void publish(Path partial, Path workspace) throws ExchangeException {
        try {
            Path wal = partial.resolveSibling(partial.getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                // SQLite leaves the log when it could not fold it in on closing: it goes along
                Files.move(wal, workspace.resolveSibling(workspace.getFileName() + "-wal"));
            }
            if (Files.exists(workspace) && Files.size(workspace) == 0) {
                Files.delete(workspace); // an empty file is no workspace yet (as when opening one)
            }
            try {
                Files.createLink(workspace, partial); // fails, rather than replaces, when the name is taken
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (Files.exists(workspace)) {
                    throw new java.nio.file.FileAlreadyExistsException(workspace.toString());
                }
                Files.move(partial, workspace);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ExchangeException(workspace + " appeared while the import ran; it was left as it is and "
                    + "nothing was imported", e);
        } catch (IOException e) {
            throw new ExchangeException("the imported workspace could not be named " + workspace + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds what {@code file} holds as new negotiations, all or none; returns their ids in order.
     * The file is streamed into one transaction: a mistake anywhere in it rolls everything back.
     */
    public static List<Long> importAsNew(Workspace workspace, Path file) throws ImportException, ExchangeException {
        refuseInput(workspace, file);
        return store(workspace, file, () -> workspace.insertStreamed(rows -> {
            NegotiationJson.stream(file, new Rows(rows));
            return rows.negotiationIds();
        }));
    }

    /**
     * Replaces negotiation {@code negotiationId} by the one negotiation {@code file} holds, in one
     * transaction; returns the replacement's id.
     */
    public static long importReplacing(Workspace workspace, long negotiationId, Path file)
            throws ImportException, ExchangeException {
        refuseInput(workspace, file);
        try {
            return store(workspace, file, () -> workspace.replaceStreamed(negotiationId, rows -> {
                NegotiationJson.stream(file, new Rows(rows) {
                    @Override
                    public void documents(int count) {
                        if (count != 1) {
                            throw new NotOne(count);
                        }
                    }
                });
                return rows.negotiationIds().get(0);
            }));
        } catch (NotOne e) {
            throw new ExchangeException(file.getFileName() + " holds " + e.count
                    + " negotiations; only a file with exactly one can replace a negotiation", null);
        } catch (NoSuchElementException e) {
            throw new ExchangeException("the workspace has no negotiation " + negotiationId + " to replace", e);
        }
    }

    /** A file for a replacement that holds no negotiation or several: found before anything is written. */
    private static final class NotOne extends RuntimeException {
        private final int count;

        NotOne(int count) {
            super(null, null, false, false);
            this.count = count;
        }
    }

    /** The parts of a file, each written as soon as it is read and checked. */
    private static class Rows implements NegotiationSink {
        private final NegotiationRows rows;

        Rows(NegotiationRows rows) {
            this.rows = rows;
        }

        @Override
        public void negotiation(Negotiation negotiation) {
            rows.negotiation(negotiation);
        }

        @Override
        public void delegations(List<Delegation> delegations) {
            rows.delegations(delegations);
        }

        @Override
        public void mission(Mission mission) {
            rows.mission(mission);
        }

        @Override
        public void proposal(Proposal proposal) {
            rows.proposal(proposal);
        }

        @Override
        public void event(TimelineEvent event) {
            rows.event(event);
        }

        @Override
        public void position(Position position) {
            rows.position(position);
        }

        @Override
        public void ourLine(OurLine ourLine) {
            rows.ourLine(ourLine);
        }

        @Override
        public void compromise(Compromise compromise) {
            rows.compromise(compromise);
        }

        @Override
        public void scenario(Scenario scenario) {
            rows.scenario(scenario);
        }

        @Override
        public void talkingPoints(TalkingPoints points) {
            rows.talkingPoints(points);
        }
    }

    /** One import's write. */
    @FunctionalInterface
    private interface StoreWrite<T> {
        T run() throws StoreException, ImportException;
    }

    /**
     * Every import writes through here, so that the backup is taken once, before anything is
     * written. A workspace that holds something is backed up, and so the file is first checked in
     * full (streamed, holding nothing): a bad file must neither leave a useless backup behind nor
     * push an older one out of the few that are kept.
     */
    private static <T> T store(Workspace workspace, Path file, StoreWrite<T> write)
            throws ExchangeException, ImportException {
        try {
            if (!workspace.negotiations().list().isEmpty()) {
                // An import goes over what is there: keep a copy first. An empty workspace
                // (the command line creating one) has nothing to keep.
                check(file);
                workspace.backup("before-import");
            }
            return write.run();
        } catch (StoreException e) {
            throw new ExchangeException(file + " was not imported: " + e.getMessage(), e);
        }
    }

    private static List<Negotiation> list(Workspace workspace) throws ExchangeException {
        try {
            return workspace.negotiations().list();
        } catch (StoreException e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }

    private static NegotiationData load(Workspace workspace, long id) throws ExchangeException {
        try {
            return workspace.loadNegotiation(id);
        } catch (StoreException e) {
            throw new ExchangeException(e.getMessage(), e);
        } catch (NoSuchElementException e) {
            throw new ExchangeException("the workspace has no negotiation " + id, e);
        }
    }

    /** An export never goes over the workspace, its companion files or its backups (see {@link WorkspaceGuard}). */
    private static void refuseOutput(Workspace workspace, Path out) throws ExchangeException {
        Optional<String> refusal = WorkspaceGuard.refuseOutput(out, workspace.file());
        if (refusal.isPresent()) {
            throw new ExchangeException(refusal.get(), null);
        }
    }

    /** The workspace itself is never read as a file to import: reading it would drop SQLite's locks. */
    private static void refuseInput(Workspace workspace, Path file) throws ExchangeException {
        Optional<String> refusal = WorkspaceGuard.refuseInput(file, workspace.file());
        if (refusal.isPresent()) {
            throw new ExchangeException(refusal.get(), null);
        }
    }

    private static void write(Path out, ExportFiles.Content content) throws ExchangeException {
        try {
            ExportFiles.write(out, content);
        } catch (IOException e) {
            throw new ExchangeException(out + " could not be written (" + e.getMessage() + "); nothing was written", e);
        }
    }
}
