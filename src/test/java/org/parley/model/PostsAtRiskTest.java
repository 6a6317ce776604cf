package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimate of posts at risk on one line, figures worked out by hand. */
class PostsAtRiskTest {

    @Test
    void nothingCut_noBase_orNoPosts_putsNothingAtRisk() {
        assertThat(PostsAtRisk.estimate(0, 1_000_000, Map.of(Grade.P3, 4))).isEqualTo(PostsAtRisk.NONE);
        assertThat(PostsAtRisk.estimate(-500_000, 1_000_000, Map.of(Grade.P3, 4))).isEqualTo(PostsAtRisk.NONE);
        assertThat(PostsAtRisk.estimate(500_000, 0, Map.of(Grade.P3, 4))).isEqualTo(PostsAtRisk.NONE);
        assertThat(PostsAtRisk.estimate(500_000, 1_000_000, Map.of())).isEqualTo(PostsAtRisk.NONE);
    }

    @Test
    void theLinesFractionOfItsPosts_roundedHalfUp() {
        // 250,000 / 1,000,000 of 10 = 2.5 → 3; of 9 = 2.25 → 2
        assertThat(PostsAtRisk.estimate(250_000, 1_000_000, Map.of(Grade.P3, 10)).byGrade())
                .isEqualTo(Map.of(Grade.P3, 3));
        assertThat(PostsAtRisk.estimate(250_000, 1_000_000, Map.of(Grade.P3, 9)).byGrade())
                .isEqualTo(Map.of(Grade.P3, 2));
    }

    @Test
    void theGradesAddUpToTheLinesTotal_notEachRoundedUp() {
        // half of one P-5, one P-4 and one P-3 is 1.5 → 2 posts in all (not 3: each .5 rounded
        // up); the three remainders tie, so the two senior grades take them.
        PostsAtRisk r = PostsAtRisk.estimate(500_000, 1_000_000, Map.of(Grade.P5, 1, Grade.P4, 1, Grade.P3, 1));
        assertThat(r.byGrade()).isEqualTo(Map.of(Grade.P5, 1, Grade.P4, 1));
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void theLargestRemainderWins_overSeniority() {
        // 300,000 / 1,000,000 of 1 P-4 (.3) and 3 P-3 (.9) = 1.2 → 1: the P-3's .9 beats the P-4's .3
        assertThat(PostsAtRisk.estimate(300_000, 1_000_000, Map.of(Grade.P4, 1, Grade.P3, 3)).byGrade())
                .isEqualTo(Map.of(Grade.P3, 1));
    }

    @Test
    void aCutOfTheWholeBase_orMore_putsEveryPostAtRisk_andNoMore() {
        assertThat(PostsAtRisk.estimate(2_000_000, 1_000_000, Map.of(Grade.P3, 7, Grade.NPO, 2)).byGrade())
                .isEqualTo(Map.of(Grade.P3, 7, Grade.NPO, 2));
    }

    @Test
    void largeFigures_stayExact() {
        // 1/3 of a $9 trillion base on 100,000 posts: 33,333.33 → 33,333, no overflow of a long
        assertThat(PostsAtRisk.estimate(3_000_000_000_000L, 9_000_000_000_000L, Map.of(Grade.UNV, 100_000)).total())
                .isEqualTo(33_333);
    }

    @Test
    void plus_addsByGrade() {
        PostsAtRisk a = PostsAtRisk.of(Map.of(Grade.P3, 2));
        PostsAtRisk b = PostsAtRisk.of(Map.of(Grade.P3, 1, Grade.P4, 1, Grade.P5, 0));
        assertThat(a.plus(b).byGrade()).isEqualTo(Map.of(Grade.P3, 3, Grade.P4, 1));
        assertThat(PostsAtRisk.NONE.plus(PostsAtRisk.NONE).isNone()).isTrue();
    }
}
