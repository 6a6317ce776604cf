package org.parley.print;

import java.util.List;
import java.util.Objects;

/**
 * A briefing sheet's content, before it meets paper: what every page repeats (negotiation,
 * title, "as of", marking) and the blocks of the body in order. Built from the domain by the
 * sheet builders; laid out into pages by {@link SheetLayout}.
 *
 * @param negotiationTitle e.g. "Peacekeeping budgets 2018/19"
 * @param title e.g. "Mission brief: MONUSCO"
 * @param asOf e.g. "As of 26 Jun 2018 09:00 New York"
 * @param marking the classification marking, e.g. "CONFIDENTIAL"
 */
public record Sheet(String negotiationTitle, String title, String asOf, String marking, List<Block> blocks) {

    public Sheet {
        Objects.requireNonNull(negotiationTitle, "negotiation title");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(marking, "marking");
        blocks = List.copyOf(blocks);
    }

}
