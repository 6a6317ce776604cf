package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.store.Workspace;

/** {@code parley brief}, run in-process on the real sample: PDFs read back with PDFBox, exit codes, nothing half-written. */
class BriefCommandTest {

    @TempDir
    Path dir;

    private Path workspace;
    private final CommandRun command = new CommandRun();

    @BeforeEach
    void sample() throws Exception {
        workspace = dir.resolve("sample.parley");
        CommandRun.sampleWorkspace(workspace);
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String out() {
        return command.out();
    }

    private String err() {
        return command.err();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Every file under the test folder but the workspace (and its -wal/-shm companions). */
    private List<Path> written() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("sample.parley")).filter(p -> !p.equals(dir))
                    .sorted().toList();
        }
    }

    @Test
    void missionBrief_isAPdfWithTheMission_theMarking_andItsFigures() throws Exception {
        Path pdf = dir.resolve("monusco.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--mission", "MONUSCO", "--pdf", pdf.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(out().strip()).isEqualTo("wrote " + pdf);
        assertThat(err()).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("MONUSCO").contains("CONFIDENTIAL").contains("Peacekeeping budgets 2018/19")
                .contains(MONUSCO_FIGURE).contains("China").contains("$4,890,000").contains("Page 1 of ");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isLessThan(box.getHeight()); // A4 portrait by default
            assertThat(box.getWidth()).isBetween(595f, 596f);
        }
        assertThat(written()).containsExactly(pdf);
    }

    /** A figure of the sample that the MONUSCO brief shows: the final approved budget (GA/AB/4324). */
    /** The ACABQ figure: the desk's date is 26 June 2018, so July's final figure is not on the sheet (decision 0024). */
    private static final String MONUSCO_FIGURE = "$1,110,000,000";

    @Test
    void negotiation_picksWhichNegotiationOfTheWorkspaceIsBriefed_andAnUnknownIdIsNamed() throws Exception {
        long second;
        try (Workspace w = Workspace.open(workspace)) {
            var sample = NegotiationJson.readSample();
            second = w.insertNegotiation(sample.withNegotiation(sample.negotiation().withMarking("RESTRICTED")));
        }
        Path pdf = dir.resolve("second.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--negotiation", Long.toString(second),
                "--mission", "MONUSCO", "--pdf", pdf.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(text(pdf)).contains("RESTRICTED").doesNotContain("CONFIDENTIAL");

        Path none = dir.resolve("none.pdf");
        int unknown = run("brief", "--workspace", workspace.toString(), "--negotiation", "999",
                "--mission", "MONUSCO", "--pdf", none.toString());

        assertThat(unknown).isEqualTo(1);
        assertThat(err()).contains("no negotiation 999").contains(second + " (Peacekeeping budgets 2018/19)");
        assertThat(none).doesNotExist();
    }

    @Test
    void letterLandscape_givesAWideLetterPage() throws Exception {
        Path pdf = dir.resolve("daily.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--daily", "--since", "2018-06-25T18:00",
                "--pdf", pdf.toString(), "--paper", "letter", "--landscape");

        assertThat(exit).as(err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(792f);
            assertThat(box.getHeight()).isEqualTo(612f);
        }
        assertThat(text(pdf)).contains("CONFIDENTIAL");
    }

    @Test
    void all_writesOnePdfPerMission_andTheDailyBrief_intoANewFolder() throws Exception {
        Path folder = dir.resolve("briefs").resolve("today");

        int exit = run("brief", "--workspace", workspace.toString(), "--all", "--out", folder.toString());

        assertThat(exit).as(err()).isZero();
        List<String> names;
        try (Stream<Path> s = Files.list(folder)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(17).contains("mission-MONUSCO.pdf", "mission-UNFICYP.pdf", "mission-SUPPORT.pdf",
                "daily-brief.pdf");
        assertThat(names).allMatch(n -> n.endsWith(".pdf"));
        // One line per file on stdout, naming it.
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(17);
        for (String name : names) {
            assertThat(lines).contains("wrote " + folder.resolve(name));
        }
        assertThat(text(folder.resolve("mission-MONUSCO.pdf"))).contains("MONUSCO").contains(MONUSCO_FIGURE);
        assertThat(text(folder.resolve("mission-UNAMID.pdf"))).contains("UNAMID").contains("CONFIDENTIAL");
        assertThat(text(folder.resolve("daily-brief.pdf"))).contains("CONFIDENTIAL");
    }

    @Test
    void anUnknownMission_failsNamingIt_andWritesNothing() throws Exception {
        Path pdf = dir.resolve("x.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--mission", "NOSUCH", "--pdf", pdf.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("NOSUCH");
        assertThat(out()).isEmpty();
        assertThat(written()).isEmpty();
    }

    @Test
    void anUnwritableOutput_failsNamingIt_andLeavesNothing() throws Exception {
        // A regular file where the folder should be: no user, root included, can write under it.
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path pdf = notAFolder.resolve("out.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--mission", "MONUSCO", "--pdf", pdf.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains(pdf.toString()).contains("Nothing was written");
        assertThat(written()).containsExactly(notAFolder);
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void all_intoAFolderThatCannotBeMade_failsAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        int exit = run("brief", "--workspace", workspace.toString(), "--all", "--out", notAFolder.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains(notAFolder.toString());
        assertThat(written()).containsExactly(notAFolder);
    }

    @Test
    void aFailedBrief_leavesAnExistingFileAsItWas() throws Exception {
        Path pdf = dir.resolve("old.pdf");
        Files.writeString(pdf, "the old brief");

        int exit = run("brief", "--workspace", workspace.toString(), "--scenario", "No such scenario", "--pdf",
                pdf.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("No such scenario");
        assertThat(Files.readString(pdf)).isEqualTo("the old brief");
        assertThat(written()).containsExactly(pdf);
    }

    @Test
    void aBadSince_isAUsageError_sayingWhatFormItWants() throws Exception {
        Path pdf = dir.resolve("daily.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--daily", "--since", "yesterday evening",
                "--pdf", pdf.toString());

        assertThat(exit).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains("--since").contains("2018-06-25T18:00").contains("2018-06-25T22:00:00Z")
                .contains("\"yesterday evening\"").contains("Usage:");
        assertThat(written()).isEmpty();
    }

    @Test
    void sinceAsAnInstant_isAccepted() throws Exception {
        Path pdf = dir.resolve("daily.pdf");

        int exit = run("brief", "--workspace", workspace.toString(), "--daily", "--since", "2018-06-25T22:00:00Z",
                "--pdf", pdf.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(text(pdf)).contains("CONFIDENTIAL");
    }

    @Test
    void badArguments_areUsageErrors_andWriteNothing() throws Exception {
        String ws = workspace.toString();
        String pdf = dir.resolve("x.pdf").toString();
        assertUsage("give one of", "brief", "--workspace", ws, "--pdf", pdf);
        assertUsage("not --mission and --daily", "brief", "--workspace", ws, "--mission", "MONUSCO", "--daily",
                "--pdf", pdf);
        assertUsage("--pdf is required", "brief", "--workspace", ws, "--mission", "MONUSCO");
        assertUsage("--out FOLDER, not --pdf", "brief", "--workspace", ws, "--all", "--pdf", pdf);
        assertUsage("--since goes with --daily", "brief", "--workspace", ws, "--mission", "MONUSCO", "--since",
                "2018-06-25T18:00", "--pdf", pdf);
        assertUsage("--paper takes a4 or letter, not \"A3\"", "brief", "--workspace", ws, "--mission", "MONUSCO",
                "--paper", "A3", "--pdf", pdf);
        assertUsage("unknown argument \"--colour\"", "brief", "--workspace", ws, "--daily", "--colour", "--pdf", pdf);
        assertUsage("--workspace is required", "brief", "--daily", "--pdf", pdf);
        assertThat(written()).isEmpty();
    }

    private void assertUsage(String message, String... args) {
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains(message).contains("parley brief --workspace FILE");
    }

    @Test
    void aMissingWorkspace_failsAndCreatesNoWorkspace() throws Exception {
        Path missing = dir.resolve("missing.parley");

        int exit = run("brief", "--workspace", missing.toString(), "--daily", "--pdf", dir.resolve("x.pdf").toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains(missing + ": no such workspace file");
        assertThat(written()).isEmpty();
    }

    @Test
    void whileADeskHasTheWorkspaceOpen_theBriefIsWrittenAnyway() throws Exception {
        Path pdf = dir.resolve("monusco.pdf");
        try (Workspace desk = Workspace.open(workspace)) {
            int exit = run("brief", "--workspace", workspace.toString(), "--mission", "monusco", "--pdf",
                    pdf.toString());
            assertThat(exit).as(err()).isZero();
        }
        assertThat(text(pdf)).contains("MONUSCO");
    }
}
