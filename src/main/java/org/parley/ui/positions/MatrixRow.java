package org.parley.ui.positions;

import org.parley.model.Delegation;

/** A row of the positions matrix: our own line and fallback, or a delegation or group. */
public sealed interface MatrixRow {

    /** The row of our own line and fallback on each item. */
    record OurLines() implements MatrixRow {
    }

    /**
     * A delegation or a group.
     *
     * @param member true when shown under its group (the group filter), so the view indents it
     */
    record OfDelegation(Delegation delegation, boolean member) implements MatrixRow {
    }
}
