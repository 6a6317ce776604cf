package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Target;

class DragIdsTest {

    @Test
    void aLineAndAPostRow_travelAsIds_andReadBack() {
        Target line = Target.line(3, 14);
        Target post = Target.post(3, 14, 15);

        assertThat(DragIds.of(line)).isEqualTo("3:14");
        assertThat(DragIds.parseTarget(DragIds.of(line))).contains(line);
        assertThat(DragIds.parseTarget(DragIds.of(post))).contains(post);
        assertThat(DragIds.formatOf(post)).isEqualTo(DragFormats.POST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "3:x", "1:2:3:4", "MONUSCO / Human rights"})
    void textThatIsNotIds_readsAsNothing(String text) {
        assertThat(DragIds.parseTarget(text)).isEmpty();
    }

    @Test
    void aMission_travelsAsItsId_inItsOwnFormat_butTheWholeBudgetIsNotDragged() {
        // issue 13: a mission row is dragged onto a proposal for an amendment on the whole mission
        assertThat(DragIds.of(Target.mission(3))).isEqualTo("3");
        assertThat(DragIds.formatOf(Target.mission(3))).isEqualTo(DragFormats.MISSION);
        assertThat(DragIds.parseTarget("3")).contains(Target.mission(3));
        assertThatThrownBy(() -> DragIds.of(Target.WHOLE_BUDGET)).isInstanceOf(IllegalArgumentException.class);
    }
}
