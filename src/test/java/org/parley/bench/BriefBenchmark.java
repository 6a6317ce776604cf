package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.print.PageSetup;
import org.parley.print.SheetLayout;
import org.parley.print.Sheet;
import org.parley.service.BriefPdf;
import org.parley.service.Briefings;
import org.parley.service.NamedSheet;
import org.parley.store.Workspace;

/**
 * Briefing sheets of the real sample as PDF: the largest mission brief (the one with the most
 * pages), and every brief {@code parley brief --all} writes. Each is timed from the domain to the
 * bytes of the PDF (build the sheet, lay it out, render it), once cold and then five times, the
 * median printed; writing the files is timed once. Asserts nothing. Runs at the end of
 * {@code bin/benchmark}, or alone from the test class path.
 */
public final class BriefBenchmark {

    private BriefBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("parley-brief-bench");
        Path file = dir.resolve("sample.parley");
        try (Workspace ws = Workspace.open(file)) {
            long id = ws.insertNegotiation(NegotiationJson.readSample());
            NegotiationData data = ws.loadNegotiation(id);
            Briefings briefings = new Briefings(data, Instant.parse("2018-06-26T13:00:00Z"),
                    since -> ws.changesSince(id, since));
            PageSetup a4 = PageSetup.A4_PORTRAIT;

            // The largest mission brief: the most pages (then the most marks) on A4.
            Mission largest = null;
            int mostPages = -1;
            int mostMarks = -1;
            for (Mission m : data.missions()) {
                var pages = SheetLayout.layout(briefings.mission(m.id()), a4);
                int marks = pages.stream().mapToInt(p -> p.marks().size()).sum();
                if (pages.size() > mostPages || pages.size() == mostPages && marks > mostMarks) {
                    largest = m;
                    mostPages = pages.size();
                    mostMarks = marks;
                }
            }
            Mission chosen = largest;
            byte[] pdf = BriefPdf.render(briefings.mission(chosen.id()), a4);
            System.out.printf(Locale.ROOT, "  largest mission brief: %s, %d page(s) A4, %,d marks, %,d bytes of PDF%n",
                    chosen.code(), mostPages, mostMarks, pdf.length);
            median("mission brief " + chosen.code() + ": build, lay out, render PDF", () -> {
                Sheet sheet = briefings.mission(chosen.id());
                BriefPdf.render(sheet, a4);
            });
            median("  of which: build the sheet from the domain", () -> briefings.mission(chosen.id()));
            median("  of which: lay it out", () -> SheetLayout.layout(briefings.mission(chosen.id()), a4));

            List<NamedSheet> all = briefings.all();
            int pages = 0;
            for (NamedSheet s : all) {
                pages += SheetLayout.layout(s.sheet(), a4).size();
            }
            System.out.printf(Locale.ROOT, "  all briefs: %d PDFs, %d pages A4%n", all.size(), pages);
            median("all briefs (" + all.size() + "): build, lay out, render PDF", () -> {
                for (NamedSheet s : briefings.all()) {
                    BriefPdf.render(s.sheet(), a4);
                }
            });
            Path out = dir.resolve("briefs");
            long start = System.nanoTime();
            BriefPdf.writeAll(briefings.all(), a4, out, f -> { });
            System.out.printf(Locale.ROOT, "%-62s %7d ms%n", "all briefs written to files (as brief --all, once)",
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    /**
     * Briefs of the 100x negotiation, each timed once from the domain to the PDF's bytes: a
     * mission brief (the first work on a brief computes the scenario baseline once), the daily
     * brief (sorting every open item), and a delegation brief.
     */
    static void atScale(NegotiationData big) throws Exception {
        Briefings briefings = new Briefings(big, big.negotiation().sessionStart().plus(Duration.ofDays(20)),
                since -> List.of());
        PageSetup a4 = PageSetup.A4_PORTRAIT;
        Mission first = big.missions().get(0);
        once("100x: mission brief " + first.code() + " (first, with the baseline)", () -> BriefPdf.render(
                briefings.mission(first.id()), a4));
        Mission other = big.missions().get(big.missions().size() / 2);
        once("100x: another mission brief " + other.code(), () -> BriefPdf.render(briefings.mission(other.id()), a4));
        once("100x: daily brief (open items sorted, 40 listed)", () -> BriefPdf.render(briefings.daily(null), a4));
        once("100x: delegation brief " + big.delegations().get(0).code(), () -> BriefPdf.render(
                briefings.delegation(big.delegations().get(0).id()), a4));
        Sheet delegation = briefings.delegation(big.delegations().get(0).id());
        System.out.printf(Locale.ROOT, "  delegation brief: %d pages A4%n", SheetLayout.layout(delegation, a4).size());
    }

    private static void once(String what, Step work) throws Exception {
        long start = System.nanoTime();
        work.run();
        System.out.printf(Locale.ROOT, "%-62s %7d ms%n", what, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static void median(String what, Step work) throws Exception {
        // The first run loads classes and parses the fonts: what a one-off "parley brief" pays.
        long coldStart = System.nanoTime();
        work.run();
        long cold = Duration.ofNanos(System.nanoTime() - coldStart).toMillis();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-62s %7d ms (median of 5; first run %d ms)%n", what, ms[2], cold);
    }

    private interface Step {
        void run() throws Exception;
    }
}
