package org.parley.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parley.store.WorkspaceGuard;

import org.parley.io.PositionsCsv;
import org.parley.io.ExportFiles;
import org.parley.io.ScenarioCsv;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;

/**
 * The CSV exports the panes offer: a scenario's totals, and the positions matrix as shown.
 * Each file is written whole or not at all, readable by the user only (see {@link ExportFiles}).
 * The tables are small (a few hundred rows at most), so writing takes milliseconds.
 */
public final class CsvExports {

    private CsvExports() {
    }

    /** Writes the totals of one scenario of the negotiation. */
    public static void scenario(NegotiationData data, long scenarioId, Path file) throws IOException {
        Scenario s = data.scenario(scenarioId).orElseThrow(() -> ProposalEdits.unknown("scenario", scenarioId));
        refuseOutput(file);
        ExportFiles.writeAtomically(file, ScenarioCsv.of(data, s).toCsv());
    }

    /** Writes the positions of these delegations on these items, with our own line and fallback. */
    public static void positions(NegotiationData data, List<Delegation> delegations, List<Item> items, Path file)
            throws IOException {
        refuseOutput(file);
        ExportFiles.writeAtomically(file, PositionsCsv.of(data, delegations, items).toCsv());
    }

    /** A CSV never goes over an open workspace, its companion files or its backups (see {@link WorkspaceGuard}). */
    private static void refuseOutput(Path file) throws IOException {
        Optional<String> refusal = WorkspaceGuard.refuseOutput(file, null);
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
    }

    /** A file name from a scenario's name: "Scenario 50% of all.csv", without characters file systems refuse. */
    public static String fileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() || safe.startsWith(".") ? "scenario" + safe : safe) + ".csv";
    }
}
