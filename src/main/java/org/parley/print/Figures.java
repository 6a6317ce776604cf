package org.parley.print;

import java.util.Map;
import java.util.Optional;

import org.parley.model.AmendmentText;
import org.parley.model.Cut;
import org.parley.model.Derived;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.PostsAtRisk;
import org.parley.model.Proposal;
import org.parley.model.Share;
import org.parley.model.TimelineEvent;

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

    static final String TIME_NOTE =
            "* On a time: chosen for the replay, not a sourced fact (the source gives only the day, or less).";

    private Figures() {
    }

    /** An event's time as a sheet prints it, marked when its date or hour is illustrative. */
    static String time(String formatted, TimelineEvent e) {
        return formatted + mark(e.timeIllustrative());
    }

    /** A proposal's tabling time as a sheet prints it, marked when its date or hour was chosen (decision 0027). */
    static String tabled(String formatted, Proposal p) {
        return formatted + mark(p.timeIllustrative());
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

    /**
     * The mark itself. Private on purpose: a sheet formats a figure through the functions below that
     * take a {@link Derived} or a {@link Figure}, so the mark comes with the figure and cannot be forgotten.
     */
    private static String mark(boolean illustrative) {
        return illustrative ? ILLUSTRATIVE_MARK : "";
    }

    /** A recorded figure: "$55,152,000", "$55,152,000*" when illustrative. */
    static String dollars(Figure f) {
        return dollars(f.usd()) + mark(f.illustrative());
    }

    /** A computed amount, marked when any of its inputs was illustrative. */
    static String dollars(Derived<Long> usd) {
        return dollars(usd.value()) + mark(usd.illustrative());
    }

    /** A computed amount as a reduction, marked as {@link #dollars(Derived)}; "—" (never marked) for none. */
    static String cutDollars(Derived<Long> usd) {
        return usd.value() == 0 ? NONE : cutDollars(usd.value()) + mark(usd.illustrative());
    }

    /** A computed cut in dollars and posts, the dollars marked when any input was illustrative. */
    static String cut(Derived<Cut> c) {
        Cut cut = c.value();
        if (cut.isNone()) {
            return NONE;
        }
        String s = cut.usd() == 0 ? "" : cutDollars(c.map(Cut::usd));
        if (cut.posts() > 0) {
            s += (s.isEmpty() ? "" : "; ") + posts(cut.posts()) + " (" + postsByGrade(cut.postsByGrade()) + ")";
        }
        return s;
    }

    /** A computed share, marked when any input was illustrative; "—" (never marked) for none. */
    static String share(Derived<Optional<Share>> share) {
        return share.value().map(s -> s.toMeasuredText() + mark(share.illustrative())).orElse(NONE);
    }

    /** What marks a number of posts at risk as an estimate on every sheet. */
    static final String AT_RISK_MARK = "(estimate)";

    /** The rule behind the estimate, printed under any table that shows posts at risk. */
    static final String AT_RISK_NOTE = "Posts at risk " + AT_RISK_MARK + ": " + PostsAtRisk.RULE + " "
            + PostsAtRisk.PRESS_FIGURES;

    /** "12 at risk (est.)", "—": short enough for a cell, and still marked as an estimate. */
    static String atRisk(int n) {
        return n == 0 ? NONE : n + " at risk (est.)";
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

}
