package org.parley.print;

import java.util.Map;
import java.util.Optional;

import org.parley.model.AmendmentText;
import org.parley.model.Cut;
import org.parley.model.Grade;
import org.parley.model.Share;

/**
 * How figures read on paper: exact dollars (a sheet is read slowly and quoted), posts by grade,
 * shares; an asterisk marks a figure that is, or was measured from, an illustrative number.
 * Never through floating point.
 */
final class Figures {

    /** What an empty cell shows, so "none" is not a blank that looks like a printing fault. */
    static final String NONE = "—";
    static final String ILLUSTRATIVE_MARK = "*";
    static final String ILLUSTRATIVE_NOTE =
            "* Illustrative: the figure, or one it was computed from, is an order of magnitude, not a sourced fact.";

    private Figures() {
    }

    /** "$55,152,000"; "−$100,000" for a negative amount. */
    static String dollars(long usd) {
        return (usd < 0 ? "−" : "") + AmendmentText.dollars(Math.abs(usd));
    }

    /** A cut's dollars as a reduction: "−$2,000,000"; "+$100,000" when money is restored; "—" for none. */
    static String cutDollars(long usd) {
        if (usd == 0) {
            return NONE;
        }
        return usd < 0 ? "+" + dollars(-usd) : "−" + dollars(usd);
    }

    static String mark(boolean illustrative) {
        return illustrative ? ILLUSTRATIVE_MARK : "";
    }

    /** "3 posts", "1 post", "—". */
    static String posts(int n) {
        return n == 0 ? NONE : n + (n == 1 ? " post" : " posts");
    }

    /** "1 P-4, 3 P-3", senior grades first; "—" for none. */
    static String postsByGrade(Map<Grade, Integer> byGrade) {
        String counts = Grade.counts(byGrade);
        return counts.isEmpty() ? NONE : counts;
    }

    /** A cut in dollars and posts: "−$2,000,000; 3 posts (1 P-4, 2 P-3)". */
    static String cut(Cut c) {
        if (c.isNone()) {
            return NONE;
        }
        String s = c.usd() == 0 ? "" : cutDollars(c.usd());
        if (c.posts() > 0) {
            s += (s.isEmpty() ? "" : "; ") + posts(c.posts()) + " (" + postsByGrade(c.postsByGrade()) + ")";
        }
        return s;
    }

    static String share(Optional<Share> share) {
        return share.map(Share::toPercentText).orElse(NONE);
    }
}
