package org.parley.ui.positions;

import org.parley.model.Delegation;
import org.parley.model.DelegationKind;

/**
 * A line of the positions matrix, one per party: our own line and fallback, or a delegation or
 * group. On the screen each is a column (items run down); in the CSV export each is a row.
 */
public sealed interface MatrixRow {

    /** A name for the line that stays the same across states: "our-line", "delegation-12". */
    String key();

    /** Whether the line is a group's (shown bold). */
    boolean group();

    /** The row of our own line and fallback on each item. */
    record OurLines() implements MatrixRow {
        @Override
        public String key() {
            return "our-line";
        }

        @Override
        public boolean group() {
            return false;
        }
    }

    /**
     * A delegation or a group.
     *
     * @param member true when shown under its group (the group filter), so the view marks it
     */
    record OfDelegation(Delegation delegation, boolean member) implements MatrixRow {
        @Override
        public String key() {
            return "delegation-" + delegation.id();
        }

        @Override
        public boolean group() {
            return delegation.kind() == DelegationKind.GROUP;
        }
    }
}
