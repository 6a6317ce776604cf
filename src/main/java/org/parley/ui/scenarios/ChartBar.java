package org.parley.ui.scenarios;

/**
 * One bar of the chart of dollars cut per mission.
 *
 * @param category the mission's code
 * @param usd dollars cut (negative when restored)
 * @param label the value written beside the bar, so that it reads without colour
 * @param tooltip the exact figure
 */
public record ChartBar(String category, long usd, String label, String tooltip) {
}
