package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A delegation or negotiating group at the table.
 *
 * @param id store id (or a document-local id before import)
 * @param code short code, unique in a negotiation, e.g. "RU", "G77"
 * @param name e.g. "Russian Federation", "G77 and China"
 * @param kind state or group
 * @param memberIds for a group, the ids of its member delegations at the table
 * @param notes e.g. who chairs a group (may be blank)
 */
public record Delegation(long id, String code, String name, DelegationKind kind, List<Long> memberIds,
                         String notes) {

    public Delegation {
        code = Text.required(code, "delegation code");
        name = Text.required(name, "delegation name");
        Objects.requireNonNull(kind, "kind");
        memberIds = List.copyOf(memberIds);
        notes = Text.optional(notes);
        if (kind == DelegationKind.STATE && !memberIds.isEmpty()) {
            throw new Refused("a state has no members; only a group has");
        }
    }
}
