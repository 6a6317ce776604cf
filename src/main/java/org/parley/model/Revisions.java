package org.parley.model;

import java.util.regex.Pattern;

/** The names of revisions: "Cuts to human rights (Rev.1)", then "(Rev.2)". Decision 0023. */
public final class Revisions {

    private static final Pattern MARK = Pattern.compile("\\s*\\(Rev\\.\\d+\\)\\s*$");

    private Revisions() {
    }

    /** The title of revision {@code number} of a proposal titled {@code title}: its own mark replaced. */
    public static String title(String title, int number) {
        String base = MARK.matcher(title).replaceFirst("");
        return (base.isBlank() ? title.strip() : base) + " (Rev." + number + ")";
    }

    /** The title the next revision of {@code p} gets. */
    public static String nextTitle(NegotiationData data, Proposal p) {
        return title(p.title(), data.revisionNumber(p) + 1);
    }
}
