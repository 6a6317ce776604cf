package org.parley.ui.timeline;

import java.time.Instant;

/**
 * One mark on the date axis.
 *
 * @param at where the mark is
 * @param label its text, already in the negotiation's zone
 * @param major true at a local midnight (drawn stronger than hour marks)
 */
public record Tick(Instant at, String label, boolean major) {
}
