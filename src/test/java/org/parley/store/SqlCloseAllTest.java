package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one close-all of the store's statement sets: every one closed, the first failure thrown. */
class SqlCloseAllTest {

    @Test
    void afterAFailure_theRestAreStillClosed_andTheFirstFailureIsThrownWithTheLaterOnesSuppressed() {
        List<String> closed = new ArrayList<>();
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second");
        List<Sql.Closing> all = List.of(
                () -> closed.add("a"),
                () -> {
                    closed.add("b");
                    throw first;
                },
                () -> closed.add("c"),
                () -> {
                    closed.add("d");
                    throw second;
                });

        assertThatThrownBy(() -> Sql.closeAll(all)).isSameAs(first);
        assertThat(first.getSuppressed()).containsExactly(second);
        assertThat(closed).containsExactly("a", "b", "c", "d");
    }

    @Test
    void whenNoneFails_allAreClosedInOrder() throws SQLException {
        List<String> closed = new ArrayList<>();
        Sql.closeAll(List.<Sql.Closing>of(() -> closed.add("a"), () -> closed.add("b")));
        assertThat(closed).containsExactly("a", "b");
    }
}
