package org.parley.ui.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.parley.model.AmendmentKind;
import org.parley.model.EventTiming;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Target;

/**
 * What the proposal gestures ask the user: a proposal's fields, an amendment's fields, or which
 * proposal to put an amendment into. The desk answers with form dialogs
 * ({@link ProposalFormDialogs}); tests answer with a fake. An empty answer means the user
 * cancelled.
 */
public interface ProposalForms {

    /**
     * A proposal's own fields.
     *
     * @param delegationId who tables it, or null while none is chosen
     * @param title its name, blank while none is typed
     */
    record ProposalFields(Long delegationId, String title, Instant tabledAt, ProposalStatus status,
                          Provenance provenance, EventTiming timing) {

        /** Fields whose tabling time is as recorded. */
        public ProposalFields(Long delegationId, String title, Instant tabledAt, ProposalStatus status,
                              Provenance provenance) {
            this(delegationId, title, tabledAt, status, provenance, EventTiming.STATED);
        }
    }

    /**
     * An amendment's fields; the target is shown, not edited.
     *
     * @param proposalId the proposal it belongs or will belong to
     * @param value the value in the kind's unit (basis points, dollars, posts), or null while blank
     * @param allocation how a top-line cut is spread over the missions (decision 0025); none otherwise
     */
    record AmendmentFields(long proposalId, Target target, AmendmentKind kind, Long value, String rationale,
                           Provenance provenance, org.parley.model.Allocation allocation) {

        public AmendmentFields {
            allocation = allocation == null ? org.parley.model.Allocation.NONE : allocation;
        }

        /** Fields of an amendment that allocates nothing. */
        public AmendmentFields(long proposalId, Target target, AmendmentKind kind, Long value, String rationale,
                        Provenance provenance) {
            this(proposalId, target, kind, value, rationale, provenance, org.parley.model.Allocation.NONE);
        }
    }

    /** Asks for a proposal's fields, starting from {@code initial}; answers only with fields the rules accept. */
    Optional<ProposalFields> proposal(String heading, ProposalFields initial, NegotiationData data);

    /** Asks for an amendment's fields, starting from {@code initial}; answers only with fields the rules accept. */
    Optional<AmendmentFields> amendment(String heading, AmendmentFields initial, NegotiationData data);

    /** Asks which of {@code choices} to use; answers with its id. */
    Optional<Long> chooseProposal(String heading, String question, List<Proposal> choices, NegotiationData data);
}
