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
 */
public record Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                       Provenance provenance, List<Amendment> amendments, Long revisesId) {

    public Proposal {
        title = Text.required(title, "proposal title");
        Objects.requireNonNull(tabledAt, "tabled at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        amendments = List.copyOf(amendments);
    }

    /** A proposal that revises none. */
    public Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                    Provenance provenance, List<Amendment> amendments) {
        this(id, delegationId, title, tabledAt, status, provenance, amendments, null);
    }

    /** This proposal with other amendments, everything else (the revision link too) kept. */
    public Proposal withAmendments(List<Amendment> list) {
        return new Proposal(id, delegationId, title, tabledAt, status, provenance, list, revisesId);
    }

    /** This proposal revising {@code proposalId} (null: none), everything else kept. */
    public Proposal withRevisesId(Long proposalId) {
        return new Proposal(id, delegationId, title, tabledAt, status, provenance, amendments, proposalId);
    }

    public boolean touchesMission(long missionId) {
        return amendments.stream().anyMatch(a -> a.target().touchesMission(missionId));
    }
}
