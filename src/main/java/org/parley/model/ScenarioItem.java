package org.parley.model;

import java.util.Objects;

/**
 * One thing a scenario adopts, and how much of it.
 *
 * @param kind whether the id names a proposal or a compromise
 * @param id the proposal's or the compromise's id
 * @param share how much of it goes through: 100%, 50%, 25% or any
 */
public record ScenarioItem(Kind kind, long id, Share share) {

    /** What a scenario item's id names. */
    public enum Kind {
        PROPOSAL, COMPROMISE
    }

    public ScenarioItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(share, "share");
    }

    public static ScenarioItem proposal(long proposalId, Share share) {
        return new ScenarioItem(Kind.PROPOSAL, proposalId, share);
    }

    public static ScenarioItem compromise(long compromiseId, Share share) {
        return new ScenarioItem(Kind.COMPROMISE, compromiseId, share);
    }
}
