package org.parley.ui.scenarios;

import org.parley.model.ScenarioItem;

/**
 * One line of a scenario's item list.
 *
 * @param number its place in the scenario, from 1
 * @param item what is adopted and at which share
 * @param kind "Proposal" or "Compromise"
 * @param what the proposal or compromise, readably
 */
public record ItemRow(int number, ScenarioItem item, String kind, String what) {

    /** "50%". */
    public String shareText() {
        return item.share().toPercentText();
    }
}
