package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvMappingTest {

    @Test
    void guessesTheUsualHeaders() {
        CsvMapping m = CsvMapping.guess(List.of("Mission code", "Budget line", "Category", "SG proposed",
                "ACABQ", "Prior approved", "Final", "Source"));
        assertThat(m.column(CsvField.MISSION)).contains(0);
        assertThat(m.column(CsvField.LINE)).contains(1);
        assertThat(m.column(CsvField.CATEGORY)).contains(2);
        assertThat(m.column(CsvField.SG_PROPOSED)).contains(3);
        assertThat(m.column(CsvField.ACABQ)).contains(4);
        assertThat(m.column(CsvField.PRIOR_APPROVED)).contains(5);
        assertThat(m.column(CsvField.FINAL)).contains(6);
        assertThat(m.column(CsvField.SOURCE)).contains(7);
    }

    @Test
    void budgetAloneMeansTheMission_andAcabqRecommendedTheAcabqFigure() {
        CsvMapping m = CsvMapping.guess(List.of("Budget", "Line", "ACABQ recommended"));
        assertThat(m.column(CsvField.MISSION)).contains(0);
        assertThat(m.column(CsvField.ACABQ)).contains(2);
    }

    @Test
    void wordsInsideLongerHeadersAreFoundAfterExactOnes() {
        CsvMapping m = CsvMapping.guess(List.of("ACABQ recommendation 2018/19 (US$)", "Mission", "Line item"));
        assertThat(m.column(CsvField.ACABQ)).contains(0);
        assertThat(m.column(CsvField.MISSION)).contains(1);
        assertThat(m.column(CsvField.LINE)).contains(2);
    }

    @Test
    void aColumnFillsOneFieldAtMost() {
        CsvMapping m = CsvMapping.guess(List.of("Mission", "Line"));
        assertThat(m.column(CsvField.MISSION)).contains(0);
        assertThat(m.column(CsvField.LINE)).contains(1);
        assertThat(m.column(CsvField.TITLE)).isEmpty();
        assertThat(m.column(CsvField.ACABQ)).isEmpty();
    }

    @Test
    void headersNamingGradesMakeItAPostsTable() {
        assertThat(CsvShape.guess(CsvMapping.guess(List.of("Mission", "Line", "Post title", "Grade", "Number of posts",
                "Status", "Annual cost")))).isEqualTo(CsvShape.POSTS);
        assertThat(CsvShape.guess(CsvMapping.guess(List.of("Mission", "Line", "ACABQ")))).isEqualTo(CsvShape.LINES);
    }

    @Test
    void postHeadersAreGuessed() {
        CsvMapping m = CsvMapping.guess(List.of("Mission", "Line", "Post title", "Grade", "Number of posts", "Status",
                "Annual cost"));
        assertThat(m.column(CsvField.TITLE)).contains(2);
        assertThat(m.column(CsvField.GRADE)).contains(3);
        assertThat(m.column(CsvField.COUNT)).contains(4);
        assertThat(m.column(CsvField.STATUS)).contains(5);
        assertThat(m.column(CsvField.ANNUAL_COST)).contains(6);
    }
}
