package org.parley.service;

import org.parley.io.ExportFiles;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceGuard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;

/**
 * JSON export and import between a workspace and files; shared by the window and the command
 * line. Exports are written whole or not at all ({@link ExportFiles}); an import reads and checks
 * the whole file before it writes anything, then writes in one transaction, so a bad file or a
 * failed write changes nothing.
 */
public final class Exchange {

    private Exchange() {
    }

    /** Writes one negotiation as a version 2 document to {@code out}. */
    public static void exportNegotiation(Workspace workspace, long negotiationId, Path out) throws ExchangeException {
        refuseOutput(workspace, out);
        NegotiationData data = load(workspace, negotiationId);
        write(out, NegotiationJsonWriter.write(data));
    }

    /** Writes every negotiation of the workspace, in the order the workspace lists them, to {@code out}. */
    public static void exportWorkspace(Workspace workspace, Path out) throws ExchangeException {
        refuseOutput(workspace, out);
        List<NegotiationData> all = new ArrayList<>();
        for (Negotiation n : list(workspace)) {
            all.add(load(workspace, n.id()));
        }
        write(out, NegotiationJsonWriter.writeWorkspace(all));
    }

    /**
     * Reads and checks a file completely, without touching any workspace: a negotiation document
     * (version 1 or 2) or a whole-workspace export.
     *
     * @throws ImportException naming the file, the place in it and the rule broken
     */
    public static List<NegotiationData> read(Path file) throws ImportException {
        return NegotiationJson.readDocuments(file);
    }

    /** Adds what {@code file} holds as new negotiations, all or none; returns their ids in order. */
    public static List<Long> importAsNew(Workspace workspace, Path file) throws ImportException, ExchangeException {
        refuseInput(workspace, file);
        List<NegotiationData> all = read(file);
        return store(workspace, file, () -> workspace.insertNegotiations(all));
    }

    /**
     * Replaces negotiation {@code negotiationId} by the one negotiation {@code file} holds, in one
     * transaction; returns the replacement's id.
     */
    public static long importReplacing(Workspace workspace, long negotiationId, Path file)
            throws ImportException, ExchangeException {
        refuseInput(workspace, file);
        List<NegotiationData> all = read(file);
        if (all.size() != 1) {
            throw new ExchangeException(file.getFileName() + " holds " + all.size()
                    + " negotiations; only a file with exactly one can replace a negotiation", null);
        }
        try {
            return store(workspace, file, () -> workspace.replaceNegotiation(negotiationId, all.get(0)));
        } catch (NoSuchElementException e) {
            throw new ExchangeException("the workspace has no negotiation " + negotiationId + " to replace", e);
        }
    }

    /** One import's write, after the file was read and checked in full. */
    @FunctionalInterface
    private interface StoreWrite<T> {
        T run() throws StoreException;
    }

    /** Every import writes through here, so that the backup is taken once, before anything is written. */
    private static <T> T store(Workspace workspace, Path file, StoreWrite<T> write) throws ExchangeException {
        try {
            if (!workspace.negotiations().list().isEmpty()) {
                // An import goes over what is there: keep a copy first. An empty workspace
                // (the command line creating one) has nothing to keep.
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

    private static void write(Path out, byte[] bytes) throws ExchangeException {
        try {
            ExportFiles.write(out, bytes);
        } catch (IOException e) {
            throw new ExchangeException(out + " could not be written (" + e.getMessage() + "); nothing was written", e);
        }
    }
}
