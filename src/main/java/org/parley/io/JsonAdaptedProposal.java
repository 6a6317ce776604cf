package org.parley.io;

import org.parley.model.Amendment;
import org.parley.model.EventTiming;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;

import java.time.Instant;
import java.util.List;

/**
 * A proposal tabled by a delegation (named by its code), with its amendments in order; {@code revises}
 * is the key of the proposal it revises, listed before it (optional: absent in files from before
 * revisions, and for a proposal that revises none). {@code timing} says how much of {@code tabledAt}
 * its source states, as an event's (optional, version 3: absent means as recorded; decision 0027).
 */
record JsonAdaptedProposal(String key, String delegation, String title, String tabledAt, String status,
                           String timing, String revises, JsonAdaptedProvenance provenance,
                           List<JsonAdaptedAmendment> amendments) {

    Proposal toModel(JsonPath path, DocumentKeys keys, int version) throws InvalidJsonException {
        long id = keys.declareProposal(Fields.key(key, path.field("key")), path.field("key"));
        long delegationId = keys.delegation(Fields.requiredText(delegation, path.field("delegation")),
                path.field("delegation"));
        String proposalTitle = Fields.requiredText(title, path.field("title"));
        Instant tabled = Fields.instant(tabledAt, path.field("tabledAt"));
        ProposalStatus s = Fields.enumValue(ProposalStatus.class, status, path.field("status"));
        if (version < 3) {
            JsonAdaptedEvent.newInVersion3(timing, "timing", path);
        }
        EventTiming t = timing == null ? EventTiming.STATED
                : Fields.enumValue(EventTiming.class, timing, path.field("timing"));
        Long revised = revises == null ? null : keys.revised(revises, id, delegationId, path.field("revises"));
        keys.proposalTabledBy(id, delegationId);
        Provenance from = Fields.required(provenance, path.field("provenance")).toModel(path.field("provenance"));
        List<Amendment> converted = Fields.convertAll(amendments, path.field("amendments"),
                (amendment, at) -> amendment.toModel(at, keys));
        return Fields.build(path, () -> new Proposal(id, delegationId, proposalTitle, tabled, s, from, converted,
                revised, t));
    }
}
