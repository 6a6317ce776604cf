package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.Post;
import org.parley.model.Problem;
import org.parley.model.Refused;

class CsvBudgetImportTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private CsvBudgetImport csv;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        csv = new CsvBudgetImport(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private String apply(String text) throws Exception {
        CsvSheet sheet = CsvSamples.sheet(text);
        CsvMapping m = CsvMapping.guess(sheet.header());
        return csv.apply(sheet, CsvShape.guess(m), m);
    }

    private List<String> problems(String text) throws Exception {
        CsvSheet sheet = CsvSamples.sheet(text);
        CsvMapping m = CsvMapping.guess(sheet.header());
        return csv.check(sheet, CsvShape.guess(m), m).stream().map(Problem::toString).toList();
    }

    private Mission first() {
        return desk.editor.data().missions().get(0);
    }

    @Test
    void budgetLines_updateExistingLines_addNewOnes_asOneGestureNamedInTheHistory() throws Exception {
        BudgetLine before = first().lines().get(0);
        long acabq = before.baselines().get(Baseline.ACABQ_RECOMMENDED).orElseThrow().usd();

        String summary = apply(CsvSamples.lines(desk.editor.data()));

        BudgetLine after = desk.reload().line(first().id(), before.id()).orElseThrow();
        assertThat(after.baselines().get(Baseline.ACABQ_RECOMMENDED))
                .contains(Figure.sourced(acabq - 1000, CsvSamples.SOURCE));
        BudgetLine added = desk.line(first().code(), CsvSamples.NEW_LINE);
        assertThat(added.category()).isEqualTo(LineCategory.GENDER);
        assertThat(added.baselines().get(Baseline.ACABQ_RECOMMENDED)).contains(Figure.sourced(1000, CsvSamples.SOURCE));
        assertThat(summary).startsWith("1 line added, ");
        assertThat(desk.editor.undoLabel()).contains("Import CSV");
        assertThat(desk.lastChange()).startsWith("Import budget lines from budget.csv: 1 line added");
    }

    @Test
    void undo_restoresTheWorkspaceExactly() throws Exception {
        Map<String, List<String>> before = desk.dump();
        apply(CsvSamples.lines(desk.editor.data()));
        apply(CsvSamples.posts(desk.editor.data()));
        assertThat(desk.dump()).isNotEqualTo(before);

        desk.editor.undo();
        desk.editor.undo();

        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void postsByGrade_updateCounts_andAddNewRowsWithNewIds() throws Exception {
        BudgetLine line = desk.editor.data().missions().stream().flatMap(m -> m.lines().stream())
                .filter(l -> !l.posts().isEmpty()).findFirst().orElseThrow();
        Post post = line.posts().get(0);

        apply(CsvSamples.posts(desk.editor.data()));

        BudgetLine after = desk.reload().missionOfLine(line.id()).orElseThrow().lines().stream()
                .filter(l -> l.id() == line.id()).findFirst().orElseThrow();
        assertThat(after.posts().get(0).count()).isEqualTo(post.count() + 1);
        Post added = after.posts().get(after.posts().size() - 1);
        assertThat(added.title()).isEqualTo(CsvSamples.NEW_POST);
        assertThat(added.count()).isEqualTo(2);
        assertThat(added.annualCost().usd()).isEqualTo(150_000);
        assertThat(added.id()).isGreaterThan(post.id());
    }

    @Test
    void importingTheSameTableAgain_changesNothing() throws Exception {
        String text = CsvSamples.lines(desk.editor.data());
        apply(text);
        Map<String, List<String>> once = desk.dump();

        assertThat(apply(text)).isEqualTo("Nothing to change: budget.csv matches the negotiation");

        assertThat(desk.dump()).isEqualTo(once);
        desk.editor.undo();
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void aBadAmount_isNamedByLineAndColumn() throws Exception {
        String text = "Mission,Line,ACABQ\n" + first().code() + ",X,\"1,000\"\n" + first().code() + ",Y,-5\n";
        assertThat(problems(text)).containsExactly("line 3, column \"ACABQ\": must not be negative: \"-5\"");
    }

    @Test
    void anUnknownMission_isAProblem_notANewMission() throws Exception {
        assertThat(problems("Mission,Line,ACABQ\nNOSUCH,X,100\n")).containsExactly("line 2, column \"Mission\": "
                + "no mission with the code \"NOSUCH\" in this negotiation (add it first; an import does not create "
                + "missions)");
    }

    @Test
    void aRepeatedRow_isAProblemNamingTheFirst() throws Exception {
        String row = first().code() + ",X,100\n";
        assertThat(problems("Mission,Line,ACABQ\n" + row + row))
                .containsExactly("line 3: repeats line 2 (" + first().code() + " / X)");
    }

    @Test
    void aLineAboveItsMission_isAProblemOnItsAmountColumn() throws Exception {
        Mission m = first();
        long whole = m.baselines().get(Baseline.ACABQ_RECOMMENDED).orElseThrow().usd();
        List<String> found = problems("Mission,Line,ACABQ\n" + m.code() + ",X," + (whole + 1) + "\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("line 2, column \"ACABQ\": must not exceed the mission's");
    }

    @Test
    void aMissingRequiredColumn_isAMappingProblem() throws Exception {
        assertThat(problems("Mission,ACABQ\nX,1\n")).containsExactly("Mapping: choose the column for Line name");
    }

    @Test
    void postsOfALineNotYetThere_createTheLineWithThem() throws Exception {
        apply("Mission\tLine\tPost title\tGrade\tCount\tAnnual cost\n" + first().code()
                + "\tNew unit\tChief\tD-1\t1\t$250,000\n" + first().code() + "\tNew unit\tClerk\tNGS\t3\t40000\n");

        BudgetLine added = desk.line(first().code(), "New unit");
        assertThat(added.category()).isEqualTo(LineCategory.OTHER);
        assertThat(added.posts()).extracting(Post::displayTitle).containsExactly("Chief (D-1)", "Clerk (NGS)");
        assertThat(added.posts().get(1).illustrative()).isTrue();
    }

    @Test
    void anUnknownGrade_isNamedByLineAndColumn() throws Exception {
        List<String> found = problems("Mission,Line,Post title,Grade,Count,Annual cost\n" + first().code()
                + ",X,Officer,P-9,1,100\n");
        assertThat(found).singleElement().asString().startsWith("line 2, column \"Grade\": unknown grade \"P-9\"");
    }

    @Test
    void blankRowsAsSpreadsheetsSaveThem_areSkipped() throws Exception {
        assertThat(problems("Mission,Line,ACABQ\n" + first().code() + ",X,1\n,,\n , ,\n")).isEmpty();
    }

    @Test
    void tooManyCells_isAProblemNamingTheLine() throws Exception {
        assertThat(problems("Mission,Line,ACABQ\n" + first().code() + ",X,1,2\n"))
                .containsExactly("line 2: has 4 cells where the header has 3");
    }

    @Test
    void applyRefusesATableWithAnyProblem_andWritesNothing() throws Exception {
        Map<String, List<String>> before = desk.dump();
        String text = CsvSamples.lines(desk.editor.data()) + "NOSUCH,X,Other,,1,\r\n";

        assertThatThrownBy(() -> apply(text)).isInstanceOf(Refused.class)
                .hasMessageContaining("no mission with the code \"NOSUCH\"");

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void aLineNamedWithOtherCaseAndBlanks_isTheSameLine_updatedNotAdded() throws Exception {
        BudgetLine existing = first().lines().get(0);
        String name = "  " + existing.name().toLowerCase() + " ";

        String summary = apply("Mission,Line,Category\n" + first().code().toLowerCase() + ",\"" + name + "\",Gender\n");

        assertThat(summary).isEqualTo("1 line updated");
        assertThat(desk.reload().mission(first().id()).orElseThrow().lines()).hasSameSizeAs(first().lines());
    }

    @Test
    void aPlanReportsEveryRow_andStopsWhenItsProgressSaysSo() throws Exception {
        CsvSheet sheet = CsvSamples.sheet(CsvSamples.lines(desk.editor.data()));
        CsvMapping m = CsvMapping.guess(sheet.header());
        List<Integer> told = new ArrayList<>();

        assertThatThrownBy(() -> csv.planner().plan(sheet, CsvShape.LINES, m, (done, total) -> {
            told.add(done);
            return done < 2;
        })).isInstanceOf(CancellationException.class);

        assertThat(told).containsExactly(0, 1, 2);
    }

    @Test
    void aPlanMadeBeforeAnotherGesture_isRefused_andWritesNothing() throws Exception {
        CsvSheet sheet = CsvSamples.sheet(CsvSamples.lines(desk.editor.data()));
        CsvMapping m = CsvMapping.guess(sheet.header());
        CsvBudgetImport.Plan plan = csv.planner().plan(sheet, CsvShape.LINES, m, CsvProgress.NONE);
        apply("Mission,Line,ACABQ\n" + first().code() + ",Another line,1\n");
        Map<String, List<String>> before = desk.dump();

        assertThatThrownBy(() -> csv.apply(plan)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The negotiation changed while budget.csv was being checked");

        assertThat(desk.dump()).isEqualTo(before);
    }
}
