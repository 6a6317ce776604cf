package org.parley.app;

import org.parley.io.ImportException;
import org.parley.model.Negotiation;
import org.parley.service.Exchange;
import org.parley.service.ExchangeException;
import org.parley.store.StoreException;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCheck;
import org.parley.store.WorkspaceCounts;
import org.parley.store.WorkspaceGuard;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands that run without a window: {@code export}, {@code import}, {@code check} and
 * {@code brief} (see {@link BriefCommand}).
 * {@link #run} returns the exit code and writes only to the streams it is given, so tests run it
 * in-process: 0 done, 1 failed (the message names the file and the place), 2 bad arguments (with
 * the usage text).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: parley export --workspace FILE [--negotiation ID | --all] --out OUT.json",
            "       parley import --workspace FILE --file IN.json [--replace ID]",
            "       parley check --workspace FILE",
            "       parley brief --workspace FILE [--negotiation ID] (--mission CODE | --delegation NAME | --daily [--since TIME]",
            "                    | --scenario NAME) --pdf OUT.pdf [--paper a4|letter] [--landscape]",
            "       parley brief --workspace FILE [--negotiation ID] --all --out FOLDER [--paper a4|letter] [--landscape]",
            "",
            "  export   write one negotiation (default: the first; --negotiation ID picks one) or, with",
            "           --all, every negotiation of the workspace to a JSON file (written whole or not at all)",
            "  import   add the negotiations of a JSON export to the workspace, or with --replace ID put",
            "           the one negotiation of the file in place of negotiation ID; a bad file changes nothing",
            "  check    check the workspace file (SQLite integrity_check, schema version) and list its",
            "           negotiations with their ids and counts; exit code 1 when anything is wrong",
            "  brief    write a briefing sheet of a negotiation (default the first) as a PDF: a mission brief,",
            "           a delegation's brief, the daily brief (changes since --since TIME, e.g. 2018-06-25T18:00",
            "           in the negotiation's zone or 2018-06-25T22:00:00Z; default the last 24 hours) or a",
            "           scenario sheet; --all writes one PDF per mission and daily-brief.pdf into FOLDER.",
            "           Paper A4 (default) or letter, portrait unless --landscape; each file written whole or not at all",
            "",
            "Exit codes: 0 done, 1 failed, 2 bad arguments.");

    private static final Set<String> COMMANDS = Set.of("export", "import", "check", "brief");

    private final PrintStream out;
    private final PrintStream err;

    private CommandLine(PrintStream out, PrintStream err) {
        this.out = new TerminalLines(out);
        this.err = new TerminalLines(err);
    }

    /** True when the arguments name a command rather than options for the window. */
    public static boolean isCommand(List<String> args) {
        return !args.isEmpty() && COMMANDS.contains(args.get(0));
    }

    /** Runs a command; never calls {@code System.exit}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return new CommandLine(out, err).run(args);
    }

    private int run(List<String> args) {
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "export" -> export(CommandOptions.parse(command, rest,
                        Set.of("--workspace", "--negotiation", "--out"), Set.of("--all")));
                case "import" -> importFile(CommandOptions.parse(command, rest,
                        Set.of("--workspace", "--file", "--replace"), Set.of()));
                case "brief" -> new BriefCommand(out, err).run(CommandOptions.parse(command, rest,
                        BriefCommand.WITH_VALUE, BriefCommand.FLAGS));
                default -> check(CommandOptions.parse(command, rest, Set.of("--workspace"), Set.of()));
            };
        } catch (LaunchOptions.UsageException e) {
            err.println("parley " + e.getMessage());
            TerminalLines.raw(err).println(USAGE);
            return USAGE_ERROR;
        }
    }

    /**
     * Export only reads: read-only, so a desk that has the workspace open does not stop it. A file
     * of an older schema must be upgraded first to be read, which only a writer may do (after a
     * backup, see {@code Workspace.open}).
     */
    private static Workspace forExport(Path workspace) throws StoreException {
        try {
            return Workspace.openReadOnly(workspace);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.READ_ONLY) {
                throw e;
            }
            return Workspace.open(workspace);
        }
    }

    private int export(CommandOptions o) throws LaunchOptions.UsageException {
        Path workspace = existing(o.path("--workspace"));
        Path target = o.path("--out");
        if (o.has("--all") && o.has("--negotiation")) {
            throw new LaunchOptions.UsageException("export: give --negotiation ID or --all, not both");
        }
        Long id = o.has("--negotiation") ? o.id("--negotiation") : null;
        if (workspace == null) {
            return missing(o);
        }
        refuse("export", WorkspaceGuard.refuseOutput(target, workspace));
        try (Workspace w = forExport(workspace)) {
            if (o.has("--all")) {
                Exchange.exportWorkspace(w, target);
                out.println("exported " + w.negotiations().list().size() + " negotiation(s) to " + target);
                return OK;
            }
            List<Negotiation> all = w.negotiations().list();
            if (id == null && all.isEmpty()) {
                err.println("parley: " + workspace + " holds no negotiation to export");
                return FAILED;
            }
            long chosen = id != null ? id : all.get(0).id();
            Exchange.exportNegotiation(w, chosen, target);
            out.println("exported negotiation " + chosen + " to " + target);
            return OK;
        } catch (StoreException | ExchangeException e) {
            err.println("parley: " + e.getMessage());
            return FAILED;
        }
    }

    private int importFile(CommandOptions o) throws LaunchOptions.UsageException {
        Path workspace = o.path("--workspace");
        Path file = o.path("--file");
        Long replace = o.has("--replace") ? o.id("--replace") : null;
        refuse("import", WorkspaceGuard.refuseInput(file, workspace));
        if (!exists(workspace)) {
            return importIntoNew(workspace, file, replace);
        }
        // An existing workspace: the import streams into one transaction, and a mistake anywhere rolls it back.
        try (Workspace w = Workspace.open(workspace)) {
            if (replace != null) {
                long id = Exchange.importReplacing(w, replace, file);
                out.println("replaced negotiation " + replace + " by " + title(w, id) + " (now negotiation " + id + ")");
            } else {
                for (long id : Exchange.importAsNew(w, file)) {
                    out.println("imported " + title(w, id) + " as negotiation " + id);
                }
            }
            return OK;
        } catch (ImportException e) {
            err.println("parley: " + file + ": " + e.location() + ": " + e.problem());
            err.println("parley: nothing was imported");
            return FAILED;
        } catch (StoreException | ExchangeException e) {
            err.println("parley: " + e.getMessage());
            err.println("parley: nothing was imported");
            return FAILED;
        }
    }

    /** A new workspace is made whole beside its name and named only then, so a bad file leaves none behind. */
    private int importIntoNew(Path workspace, Path file, Long replace) {
        try {
            if (replace != null) {
                Exchange.check(file);
                err.println("parley: " + workspace + " does not exist yet: it has no negotiation " + replace + " to replace");
                err.println("parley: nothing was imported");
                return FAILED;
            }
            for (Exchange.Imported n : Exchange.importIntoNew(workspace, file)) {
                out.println("imported \"" + n.title() + "\" as negotiation " + n.id());
            }
            return OK;
        } catch (ImportException e) {
            err.println("parley: " + file + ": " + e.location() + ": " + e.problem());
            err.println("parley: nothing was imported");
            return FAILED;
        } catch (StoreException | ExchangeException e) {
            err.println("parley: " + e.getMessage());
            err.println("parley: nothing was imported");
            return FAILED;
        }
    }

    private static boolean exists(Path workspace) {
        try {
            return Files.size(workspace) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private int check(CommandOptions o) throws LaunchOptions.UsageException {
        Path workspace = existing(o.path("--workspace"));
        if (workspace == null) {
            return missing(o);
        }
        // Looking only: an older file is reported as it is, not upgraded, and a desk that has
        // the workspace open does not stop the check.
        try (Workspace w = Workspace.inspect(workspace)) {
            WorkspaceCheck check = WorkspaceCheck.of(w);
            out.println("workspace: " + workspace);
            out.println("schema version: " + check.schemaVersion() + " (this Parley: " + check.supportedVersion() + ")");
            out.println("integrity: " + (check.ok() ? "ok" : check.problems().size() + " problem(s)"));
            check.problems().forEach(p -> out.println("  " + p));
            for (Negotiation n : w.negotiations().list()) {
                WorkspaceCounts c = w.counts(n.id());
                out.println("negotiation " + n.id() + " \"" + n.title() + "\": " + c.missions() + " missions, "
                        + c.lines() + " lines, " + c.posts() + " posts, " + c.delegations() + " delegations, "
                        + c.proposals() + " proposals, " + c.amendments() + " amendments, " + c.events() + " events");
            }
            return check.ok() ? OK : FAILED;
        } catch (StoreException e) {
            err.println("parley: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Bad arguments when an output would go over the workspace or one of its files, or an input
     * is the workspace itself: said, with exit code 2, before anything is opened or written.
     */
    static void refuse(String command, Optional<String> refusal) throws LaunchOptions.UsageException {
        if (refusal.isPresent()) {
            throw new LaunchOptions.UsageException(command + ": " + refusal.get());
        }
    }

    /** The workspace named, or null when there is no such file: export and check never create one. */
    private static Path existing(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }

    private int missing(CommandOptions o) throws LaunchOptions.UsageException {
        err.println("parley: " + o.path("--workspace") + ": no such workspace file");
        return FAILED;
    }

    private static String title(Workspace w, long id) throws StoreException {
        return w.negotiations().find(id).map(n -> "\"" + n.title() + "\"").orElse("negotiation " + id);
    }
}
