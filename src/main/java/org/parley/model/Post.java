package org.parley.model;

import java.util.Objects;

/**
 * A group of identical posts on a budget line, e.g. 3 x "Human Rights Officer (P-3)".
 *
 * @param id store id (or a document-local id before import)
 * @param title the post title, e.g. "Field Victims' Rights Advocate"
 * @param grade the grade
 * @param count how many such posts, at least 1
 * @param status encumbered or vacant
 * @param annualCost the cost of one such post for a year
 * @param countProvenance where the number of posts comes from
 */
public record Post(long id, String title, Grade grade, int count, PostStatus status, Figure annualCost,
                   Provenance countProvenance) {

    public Post {
        title = Text.required(title, "post title");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(annualCost, "annual cost");
        Objects.requireNonNull(countProvenance, "count provenance");
        if (count < 1) {
            throw new Refused("a post needs a count of at least 1, not " + count);
        }
        if (count > Amounts.MAX_POSTS) {
            throw new Refused("post \"" + title + "\": a post row may carry at most " + Amounts.MAX_POSTS
                    + " posts, not " + count);
        }
    }

    /** "Human Rights Officer (P-3)" — the style the committee's documents use. */
    public String displayTitle() {
        return title + " (" + grade.label() + ")";
    }

    /** The yearly cost of all posts of this row. */
    public long totalAnnualUsd() {
        return Amounts.times(annualCost.usd(), (long) count);
    }

    /** True when either the count or the cost is not a sourced fact. */
    public boolean illustrative() {
        return annualCost.illustrative() || countProvenance.illustrative();
    }
}
