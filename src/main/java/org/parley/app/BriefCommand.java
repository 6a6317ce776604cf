package org.parley.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.io.NegotiationJson;
import org.parley.model.Amounts;
import org.parley.print.Orientation;
import org.parley.print.PageSetup;
import org.parley.print.Paper;
import org.parley.print.Sheet;
import org.parley.service.BriefException;
import org.parley.service.BriefPdf;
import org.parley.service.Briefings;
import org.parley.service.Desk;
import org.parley.service.DeskException;
import org.parley.service.DeskService;
import org.parley.store.StoreException;
import org.parley.store.WorkspaceGuard;

/**
 * {@code parley brief}: briefing sheets as PDF files, without a window. The arguments are all
 * checked before the workspace is opened; the workspace is opened read-only, so a desk that has
 * it open does not stop the command; every file is written whole or not at all.
 */
final class BriefCommand {

    static final Set<String> WITH_VALUE = Set.of("--workspace", "--negotiation", "--mission", "--delegation",
            "--scenario", "--since", "--pdf", "--out", "--paper");
    static final Set<String> FLAGS = Set.of("--daily", "--all", "--landscape");

    private static final List<String> WHAT = List.of("--mission", "--delegation", "--daily", "--scenario", "--all");

    private final PrintStream out;
    private final PrintStream err;

    BriefCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandOptions o) throws LaunchOptions.UsageException {
        Path workspace = o.path("--workspace");
        List<String> chosen = WHAT.stream().filter(o::has).toList();
        if (chosen.size() != 1) {
            throw new LaunchOptions.UsageException("brief: give one of --mission CODE, --delegation NAME, --daily, "
                    + "--scenario NAME or --all" + (chosen.isEmpty() ? "" : ", not " + String.join(" and ", chosen)));
        }
        String what = chosen.get(0);
        if (o.has("--since") && !what.equals("--daily")) {
            throw new LaunchOptions.UsageException("brief: --since goes with --daily only");
        }
        boolean all = what.equals("--all");
        if (all && o.has("--pdf")) {
            throw new LaunchOptions.UsageException("brief: --all writes many files: give --out FOLDER, not --pdf");
        }
        if (!all && o.has("--out")) {
            throw new LaunchOptions.UsageException("brief: " + what + " writes one file: give --pdf OUT.pdf, not --out");
        }
        Path target = o.path(all ? "--out" : "--pdf").normalize();
        PageSetup setup = new PageSetup(paper(o), o.has("--landscape") ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
        Since since = o.has("--since") ? since(o.required("--since")) : null;
        Long negotiation = o.has("--negotiation") ? o.id("--negotiation") : null;

        if (!Files.isRegularFile(workspace)) {
            // Never create a workspace just to print from it.
            err.println("parley: " + workspace + ": no such workspace file");
            return CommandLine.FAILED;
        }
        CommandLine.refuse("brief", all ? WorkspaceGuard.refuseOutputFolder(target, workspace)
                : WorkspaceGuard.refuseOutput(target, workspace));
        try (Desk desk = open(workspace, negotiation)) {
            Briefings briefings = Briefings.of(desk);
            if (all) {
                BriefPdf.writeAll(briefings.all(), setup, target, file -> out.println("wrote " + file));
                return CommandLine.OK;
            }
            Sheet sheet = switch (what) {
                case "--mission" -> briefings.missionByCode(o.required("--mission"));
                case "--delegation" -> briefings.delegationByName(o.required("--delegation"));
                case "--scenario" -> briefings.scenarioByName(o.required("--scenario"));
                default -> briefings.daily(since == null ? null : since.in(briefings.zone()));
            };
            BriefPdf.write(sheet, setup, target);
            out.println("wrote " + target);
            return CommandLine.OK;
        } catch (BriefException | DeskException e) {
            err.println("parley: " + e.getMessage());
            return CommandLine.FAILED;
        } catch (Amounts.TooLarge e) {
            err.println("parley: " + workspace + ": " + e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /**
     * Read-only, as export reads. A file of an older schema must be upgraded before it can be
     * read, which only a writer may do (after a backup, see {@code Workspace.open}).
     */
    private static Desk open(Path workspace, Long negotiation) throws DeskException {
        DeskService desks = new DeskService(NegotiationJson::readSample);
        try {
            return desks.openReadOnly(workspace, negotiation);
        } catch (DeskException e) {
            if (e.getCause() instanceof StoreException s && s.reason() == StoreException.Reason.READ_ONLY) {
                return desks.open(workspace, negotiation);
            }
            throw e;
        }
    }

    private static Paper paper(CommandOptions o) throws LaunchOptions.UsageException {
        String name = o.get("--paper").orElse("a4").toLowerCase(Locale.ROOT);
        return switch (name) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new LaunchOptions.UsageException("brief: --paper takes a4 or letter, not \""
                    + o.get("--paper").orElse("") + "\"");
        };
    }

    /** A time given on the command line: an instant, or a wall-clock time in the negotiation's zone (known later). */
    private record Since(Instant instant, LocalDateTime local) {
        Instant in(ZoneId zone) {
            return instant != null ? instant : local.atZone(zone).toInstant();
        }
    }

    static Since since(String text) throws LaunchOptions.UsageException {
        String t = text.strip();
        try {
            return new Since(OffsetDateTime.parse(t).toInstant(), null);
        } catch (DateTimeParseException notAnInstant) {
            // try a wall-clock time
        }
        try {
            return new Since(null, LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            throw new LaunchOptions.UsageException("brief: --since takes a time such as 2018-06-25T18:00 (in the "
                    + "negotiation's time zone) or an instant such as 2018-06-25T22:00:00Z, not \"" + text + "\"");
        }
    }
}
