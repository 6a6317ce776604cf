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
 */
public record Proposal(long id, long delegationId, String title, Instant tabledAt, ProposalStatus status,
                       Provenance provenance, List<Amendment> amendments) {

    public Proposal {
        title = Text.required(title, "proposal title");
        Objects.requireNonNull(tabledAt, "tabled at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        amendments = List.copyOf(amendments);
    }

    public boolean touchesMission(long missionId) {
        return amendments.stream().anyMatch(a -> a.target().touchesMission(missionId));
    }
}
