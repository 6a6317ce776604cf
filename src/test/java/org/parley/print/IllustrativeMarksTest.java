package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;
import org.parley.service.RichSample;

/**
 * Every printed figure computed from an illustrative figure carries the mark, on every sheet of
 * every subject of the sample, read back from the PDF the real renderer writes.
 */
class IllustrativeMarksTest {

    private static final Instant NOW = Instant.parse("2018-06-26T13:00:00Z");
    private static NegotiationData data;
    private static BriefContext ctx;

    @BeforeAll
    static void sample() throws Exception {
        data = RichSample.data();
        ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
    }

    /** The PDF's text with every run of white space as one space, so table cells read "a b c". */
    private static String pdfText(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfRenderer.write(SheetLayout.layout(sheet, PageSetup.A4_PORTRAIT), sheet.title(), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> expectMarked(List<String> missing, String text, String where, String figure) {
        if (!text.contains(figure + Figures.ILLUSTRATIVE_MARK)) {
            missing.add(where + ": " + figure);
        }
        return missing;
    }

    @Test
    void everyScenarioSheetMarksEveryFigureMeasuredFromAnIllustrativeOne() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Scenario s : data.scenarios()) {
            String text = pdfText(ScenarioSheet.build(ctx, s));
            ScenarioTotals totals = ScenarioCalculator.of(data, s);
            boolean any = false;
            for (MissionTotals t : totals.missions().values()) {
                if (t.cut().isNone() || !t.illustrative()) {
                    continue;
                }
                any = true;
                String code = data.mission(t.missionId()).orElseThrow().code();
                expectMarked(missing, text, s.name() + " " + code, code + " " + Figures.cutDollars(t.cut().usd()));
                t.humanRightsLost().ifPresent(sh -> expectMarked(missing, text, s.name() + " " + code + " human rights",
                        sh.toPercentText()));
                t.seaPreventionLost().ifPresent(sh -> expectMarked(missing, text, s.name() + " " + code + " SEA",
                        sh.toPercentText()));
            }
            if (any) {
                expectMarked(missing, text, s.name() + " total row", "Total " + Figures.cutDollars(totals.grandTotalUsd()));
                if (totals.hasTarget()) {
                    expectMarked(missing, text, s.name() + " total fact", "Total " + Figures.dollars(totals.grandTotalUsd()));
                    long gap = totals.gapToTarget().getAsLong();
                    if (gap != 0) {
                        expectMarked(missing, text, s.name() + " gap", "Gap " + Figures.dollars(Math.abs(gap)));
                    }
                }
                assertThat(text).contains(Figures.ILLUSTRATIVE_NOTE);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDelegationBriefMarksItsTotalWhenAnyMissionInItIsIllustrative() throws Exception {
        ProposedCuts cuts = ProposedCuts.of(data);
        List<String> missing = new ArrayList<>();
        for (Delegation d : data.delegations()) {
            String text = pdfText(DelegationBrief.build(ctx, d));
            long total = cuts.unallocated(d.id());
            boolean any = false;
            for (Mission m : data.missions()) {
                Cut c = cuts.forMission(d.id(), m.id());
                if (c.isNone()) {
                    continue;
                }
                total += c.usd();
                if (m.hasIllustrativeFigures()) {
                    any = true;
                    expectMarked(missing, text, d.code() + " " + m.code(), m.code() + " " + Figures.cutDollars(c.usd()));
                }
            }
            if (any) {
                expectMarked(missing, text, d.code() + " total", "Total " + Figures.cutDollars(total));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMissionBriefAndTheDailyBriefCarryTheNoteWhenTheyPrintAMark() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Mission m : data.missions()) {
            texts.add(pdfText(MissionBrief.build(ctx, m)));
        }
        texts.add(pdfText(DailyBrief.build(ctx, NOW.minusSeconds(86_400), List.of())));
        for (String text : texts) {
            if (text.matches(".*\\d\\*.*")) {
                assertThat(text).contains(Figures.ILLUSTRATIVE_NOTE);
            }
        }
    }
}
