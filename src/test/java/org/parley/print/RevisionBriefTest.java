package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.service.BriefPdf;
import org.parley.service.ProposalEdits;
import org.parley.service.SampleDesk;

/**
 * The delegation brief prints the redline of each revised proposal (decision 0023), read back
 * from the PDF with PDFBox: RU's Rev.1 halves its MONUSCO human-rights cut (50% → 25%: 25% of
 * $9,780,000 is $2,445,000) and drops the one on UNFICYP.
 */
class RevisionBriefTest {

    @TempDir
    Path dir;

    @Test
    void theDelegationBrief_printsTheRedline_andMarksTheOriginalSuperseded() throws Exception {
        String text;
        try (SampleDesk desk = new SampleDesk(dir)) {
            ProposalEdits edits = new ProposalEdits(desk.editor);
            Proposal ru = desk.proposal("RU");
            long id = edits.reviseProposal(ru.id(), Instant.parse("2018-06-26T15:30:00Z"));
            Proposal rev = desk.editor.data().proposal(id).orElseThrow();
            Amendment monusco = rev.amendments().get(0);
            edits.updateAmendment(new Amendment(monusco.id(), monusco.target(), AmendmentKind.PERCENT_CUT, 2_500,
                    monusco.rationale(), monusco.provenance()));
            edits.deleteAmendment(rev.amendments().get(1).id());
            NegotiationData data = desk.editor.data();

            Sheet sheet = DelegationBrief.build(new BriefContext(data, Instant.parse("2018-06-26T16:00:00Z"),
                    "CONFIDENTIAL"), desk.delegation("RU"));
            Path pdf = dir.resolve("ru.pdf");
            BriefPdf.write(sheet, PageSetup.A4_PORTRAIT, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
        }

        String flat = text.replaceAll("\\s+", " "); // cells and headings wrap
        assertThat(flat).contains("components (superseded, not counted, 25 Jun 2018 10:00*)")
                .contains("Redline: \"Cuts to human-rights and SEA-prevention components (Rev.1)\" "
                        + "against \"Cuts to human-rights and SEA-prevention components\"");
        assertThat(lineWith(text, "changed")).isEqualTo("changed MONUSCO / Human rights −50% −25%");
        assertThat(lineWith(text, "removed")).isEqualTo("removed UNFICYP / Human rights −50% —");
        // What RU asks now is Rev.1 alone: on MONUSCO 25% of $9,780,000 = $2,445,000 and one P-4 at
        // $205,000, $2,650,000; in all $11,790,000 (the original's $135,000 on UNFICYP is gone).
        assertThat(flat).contains("MONUSCO −$2,650,000* 1 post 1 P-4").contains("Total −$11,790,000* 1 post")
                .doesNotContain("UNFICYP −$");
    }

    private static String lineWith(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting \"" + start + "\" in:\n" + text));
    }
}
