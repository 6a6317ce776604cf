package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventTiming;
import org.parley.model.Proposal;
import org.parley.service.BriefPdf;
import org.parley.service.ProposalEdits;
import org.parley.service.SampleDesk;

/**
 * A proposal's tabling time chosen for the replay is marked on the sheets as an event's chosen
 * time is (decision 0027): the sample's three tabling dates are chosen (the sources say "late
 * June"), so the delegation and mission briefs print "25 Jun 2018 10:00*" with the note on times;
 * one marked as recorded prints plain. Read back from the PDF with PDFBox.
 */
class TablingTimeBriefTest {

    private static final Instant NOW = Instant.parse("2018-06-26T16:00:00Z");
    private static final String NOTE = "* On a time: chosen for the replay, not a sourced fact";

    @TempDir
    Path dir;

    @Test
    void theDelegationBrief_marksRusChosenTablingTime_andSaysWhatTheMarkMeans() throws Exception {
        String flat;
        try (SampleDesk desk = new SampleDesk(dir)) {
            flat = pdfText(DelegationBrief.build(new BriefContext(desk.editor.data(), NOW, "CONFIDENTIAL"),
                    desk.delegation("RU")), "ru.pdf");
        }
        // RU's proposal: tabledAt 2018-06-25T10:00-04:00, the date chosen ("late June").
        assertThat(flat).contains("components (opening bid, 25 Jun 2018 10:00*)").contains(NOTE);
    }

    @Test
    void theMissionBrief_marksEveryChosenTablingTime_butNotOneAsRecorded() throws Exception {
        String flat;
        try (SampleDesk desk = new SampleDesk(dir)) {
            Proposal cn = desk.proposal("CN");
            assertThat(cn.timing()).isEqualTo(EventTiming.DATE_ILLUSTRATIVE);
            new ProposalEdits(desk.editor).updateProposal(cn.withTiming(EventTiming.STATED));
            flat = pdfText(MissionBrief.build(new BriefContext(desk.editor.data(), NOW, "CONFIDENTIAL"),
                    desk.mission("MONUSCO")), "monusco.pdf");
        }
        assertThat(flat).contains("(opening bid, 25 Jun 2018 10:00*)") // RU, chosen
                .contains("(opening bid, 25 Jun 2018 15:00)") // CN, now said to be as recorded
                .doesNotContain("25 Jun 2018 15:00*")
                .contains(NOTE);
    }

    private String pdfText(Sheet sheet, String name) throws Exception {
        Path pdf = dir.resolve(name);
        BriefPdf.write(sheet, PageSetup.A4_PORTRAIT, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // cells wrap
        }
    }
}
