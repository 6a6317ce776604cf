package org.parley.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A set of amendments tabled by one delegation.
 *
 * @param id store id (or a document-local id before import)
 * @param delegationId who tabled it
 * @param title a short name, e.g. "Cuts to human-rights components"
 * @param tabledAt when it was tabled
 * @param status where it stands
 * @param provenance where we know it from
 * @param amendments its amendments, in order
 * @param revisesId the proposal this one is a revision of (its Rev.1 revises the original, its
 *                  Rev.2 revises Rev.1), or null; the one it revises is superseded and no longer
 *                  counts ({@link NegotiationData#counts}). Decision 0023.
 * @param timing how much of {@code tabledAt} its source states, as for an event: the sources
 *               often say "late June", and the replay still needs an instant (decision 0027)
 */
public record Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                       Provenance provenance, List<Amendment> amendments, Long revisesId, EventTiming timing) {

    public Proposal {
        title = Text.required(title, "proposal title");
        Objects.requireNonNull(tabledAt, "tabled at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(timing, "timing");
        amendments = List.copyOf(amendments);
    }

    /** A proposal whose tabling time is as recorded. */
    public Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                    Provenance provenance, List<Amendment> amendments, Long revisesId) {
        this(id, delegationId, title, tabledAt, status, provenance, amendments, revisesId, EventTiming.STATED);
    }

    /** A proposal that revises none. */
    public Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                    Provenance provenance, List<Amendment> amendments) {
        this(id, delegationId, title, tabledAt, status, provenance, amendments, null);
    }

    /** This proposal with other amendments, everything else (the revision link too) kept. */
    public Proposal withAmendments(List<Amendment> list) {
        return new Proposal(id, delegationId, title, tabledAt, status, provenance, list, revisesId, timing);
    }

    /** This proposal revising {@code proposalId} (null: none), everything else kept. */
    public Proposal withRevisesId(Long proposalId) {
        return new Proposal(id, delegationId, title, tabledAt, status, provenance, amendments, proposalId, timing);
    }

    /** This proposal with its tabling time's timing set, everything else kept. */
    public Proposal withTiming(EventTiming t) {
        return new Proposal(id, delegationId, title, tabledAt, status, provenance, amendments, revisesId, t);
    }

    /**
     * Whether the tabling date or hour shown was chosen for the replay, not stated by a source:
     * sheets and panes then mark it with an asterisk, as an event's chosen time (decision 0024).
     * Unlike an event's, it does not follow the proposal's provenance: that is about the text.
     */
    public boolean timeIllustrative() {
        return timing != EventTiming.STATED;
    }

    public boolean touchesMission(long missionId) {
        return amendments.stream().anyMatch(a -> a.target().touchesMission(missionId));
    }
}
