package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
    private static NegotiationData sample;
    private static NegotiationData generated;

    @BeforeAll
    static void negotiations() throws Exception {
        sample = RichSample.data();
        generated = MixedNegotiation.generate();
    }

    static Stream<Named<NegotiationData>> negotiationsToCheck() {
        return Stream.of(Named.of("the sample", sample), Named.of("a generated mixed negotiation", generated));
    }

    /** The PDF's text with every run of white space as one space, so table cells read "a b c". */
    private static String pdfText(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfRenderer.write(SheetLayout.layout(sheet, PageSetup.A4_PORTRAIT), sheet.title(), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void expectMarked(List<String> missing, String text, String where, String figure) {
        if (!text.contains(figure + Figures.ILLUSTRATIVE_MARK)) {
            missing.add(where + ": " + figure + " without the mark");
        }
    }

    /** A figure computed from sourced figures only is printed, and never with the mark. */
    private static void expectUnmarked(List<String> wrong, String text, String where, String figure) {
        if (text.contains(figure + Figures.ILLUSTRATIVE_MARK) || !text.contains(figure + " ")) {
            wrong.add(where + ": " + figure + " marked, or missing");
        }
    }

    private static void expect(boolean illustrative, List<String> wrong, String text, String where, String figure) {
        if (illustrative) {
            expectMarked(wrong, text, where, figure);
        } else {
            expectUnmarked(wrong, text, where, figure);
        }
    }

    @ParameterizedTest
    @MethodSource("negotiationsToCheck")
    void everyScenarioSheetMarksEveryFigureMeasuredFromAnIllustrativeOne(NegotiationData data) throws Exception {
        BriefContext ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
        if (data == generated) { // the unmarked side is checked, not vacuous
            ScenarioTotals sourced = ScenarioCalculator.of(data, data.scenarios().get(2));
            assertThat(sourced.grandTotalUsd()).isNotZero();
            assertThat(sourced.illustrative()).isFalse();
        }
        List<String> missing = new ArrayList<>();
        for (Scenario s : data.scenarios()) {
            String text = pdfText(ScenarioSheet.build(ctx, s));
            ScenarioTotals totals = ScenarioCalculator.of(data, s);
            boolean any = false;
            for (MissionTotals t : totals.missions().values()) {
                if (t.cut().usd() == 0) {
                    continue;
                }
                any |= t.illustrative();
                String code = data.mission(t.missionId()).orElseThrow().code();
                boolean ill = t.illustrative();
                expect(ill, missing, text, s.name() + " " + code, code + " " + Figures.cutDollars(t.cut().usd()));
                if (ill) {
                    t.humanRightsLost().ifPresent(sh -> expectMarked(missing, text,
                            s.name() + " " + code + " human rights", sh.toMeasuredText()));
                    t.seaPreventionLost().ifPresent(sh -> expectMarked(missing, text, s.name() + " " + code + " SEA",
                            sh.toMeasuredText()));
                }
            }
            if (totals.grandTotalUsd() != 0) {
                expect(any, missing, text, s.name() + " total row", "Total " + Figures.cutDollars(totals.grandTotalUsd()));
                if (totals.hasTarget()) {
                    expect(any, missing, text, s.name() + " total fact", "Total " + Figures.dollars(totals.grandTotalUsd()));
                    long gap = totals.gapToTarget().getAsLong();
                    if (gap != 0) {
                        expect(any, missing, text, s.name() + " gap", "Gap " + Figures.dollars(Math.abs(gap)));
                    }
                }
            }
            if (any) {
                assertThat(text).contains(Figures.ILLUSTRATIVE_NOTE);
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("negotiationsToCheck")
    void everyDelegationBriefMarksItsTotalWhenAnyMissionInItIsIllustrative(NegotiationData data) throws Exception {
        BriefContext ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
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
                any |= m.hasIllustrativeFigures();
                if (c.usd() != 0) {
                    expect(m.hasIllustrativeFigures(), missing, text, d.code() + " " + m.code(),
                            m.code() + " " + Figures.cutDollars(c.usd()));
                }
            }
            if (total != 0) {
                expect(any, missing, text, d.code() + " total", "Total " + Figures.cutDollars(total));
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("negotiationsToCheck")
    void everyMissionBriefAndTheDailyBriefCarryTheNoteWhenTheyPrintAMark(NegotiationData data) throws Exception {
        BriefContext ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
        List<String> texts = new ArrayList<>();
        for (Mission m : data.missions()) {
            texts.add(pdfText(MissionBrief.build(ctx, m)));
        }
        texts.add(pdfText(DailyBrief.build(ctx, NOW.minusSeconds(86_400), List.of())));
        for (String text : texts) {
            // a figure's mark ("$9,780,000*"), not a time's ("10:00*")
            if (text.matches(".*(?<!:\\d)\\d\\*.*")) {
                assertThat(text).contains(Figures.ILLUSTRATIVE_NOTE);
            }
            // a time chosen for the replay ("10:00*") is explained by its own note
            if (text.matches(".*\\d\\d:\\d\\d\\*.*")) {
                assertThat(text).contains(Figures.TIME_NOTE);
            }
        }
    }
}
