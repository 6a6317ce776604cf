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
    @ValueSource(strings = {"", "3", "3:x", "1:2:3:4", "MONUSCO / Human rights"})
    void textThatIsNotIds_readsAsNothing(String text) {
        assertThat(DragIds.parseTarget(text)).isEmpty();
    }

    @Test
    void aMission_isNotDragged() {
        assertThatThrownBy(() -> DragIds.of(Target.mission(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
