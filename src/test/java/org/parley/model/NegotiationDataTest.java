package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationDataTest {

    @Test
    void aProposalOfAnUnknownDelegation_isRejected() {
        NegotiationData ok = new NegotiationBuilder().build();
        Proposal stray = new Proposal(99, 42, "Stray", NegotiationBuilder.DESK, ProposalStatus.OPENING_BID,
                Provenance.UNSOURCED, List.of());
        assertThatThrownBy(() -> new NegotiationData(ok.negotiation(), List.of(), List.of(), List.of(stray), List.of()))
                .hasMessageContaining("unknown delegation id 42");
    }

    @Test
    void anAmendmentAimedAtAMissingLine_isRejected() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Mission m = b.mission("UNMISS", 1_000_000);
        b.proposal(ru, b.amend(Target.line(m.id(), 777), AmendmentKind.PERCENT_CUT, 5000));
        assertThatThrownBy(b::build).hasMessageContaining("UNMISS has no line id 777");
    }

    @Test
    void twoMissionsWithOneCode_areRejected() {
        NegotiationBuilder b = new NegotiationBuilder();
        b.mission("UNMISS", 1);
        b.mission("unmiss", 2);
        assertThatThrownBy(b::build).hasMessageContaining("mission code");
    }

    @Test
    void twoDelegationsWithOneCode_areRejected() {
        NegotiationBuilder b = new NegotiationBuilder();
        b.delegation("RU", "Russian Federation");
        b.delegation("ru", "Russia again");
        assertThatThrownBy(b::build).hasMessageContaining("delegation code");
    }

    @Test
    void aGroupListingAMemberTwice_isRejected() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ca = b.delegation("CA", "Canada");
        b.group("CANZ", "Canada, Australia, New Zealand", ca, ca);
        assertThatThrownBy(b::build).hasMessageContaining("CANZ lists a member twice");
    }

    @Test
    void describe_namesMissionLineAndPost() {
        NegotiationBuilder b = new NegotiationBuilder();
        Post p = NegotiationBuilder.post(b.id(), "Human Rights Officer", Grade.P3, 2, 100);
        BudgetLine l = NegotiationBuilder.line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 10, p);
        Mission m = b.mission("UNMISS", 100, l);
        NegotiationData data = b.build();
        assertThat(data.describe(Target.post(m.id(), l.id(), p.id())))
                .isEqualTo("UNMISS / Human rights / Human Rights Officer (P-3)");
        assertThat(data.describe(Target.WHOLE_BUDGET)).isEqualTo("Whole budget (unallocated)");
    }

    @Test
    void provenance_needsASourceUnlessIllustrative() {
        assertThatThrownBy(() -> new Provenance(" ", false)).hasMessageContaining("source");
        assertThat(Provenance.illustrative("").describe()).startsWith("Illustrative");
        assertThat(Provenance.sourced("A/72/784").describe()).isEqualTo("Source: A/72/784");
    }

    @Test
    void amendment_checksItsValueAgainstItsKind() {
        assertThatThrownBy(() -> new Amendment(1, Target.mission(1), AmendmentKind.PERCENT_CUT, 10_001, "",
                Provenance.UNSOURCED)).hasMessageContaining("between 0% and 100%");
        assertThatThrownBy(() -> new Amendment(1, Target.mission(1), AmendmentKind.TOPLINE_CUT, 5, "",
                Provenance.UNSOURCED)).hasMessageContaining("whole budget");
        assertThatThrownBy(() -> new Amendment(1, Target.line(1, 2), AmendmentKind.ABOLISH_POSTS, 1, "",
                Provenance.UNSOURCED)).hasMessageContaining("post row");
    }

    /** The stances passed back as the same list are not checked again, unless what they name may be gone. */
    @Test
    void aSnapshotWithTheSameStances_stillRefusesOneOnARemovedAmendment() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Mission m = b.mission("UNMISS", 1_000_000);
        Amendment kept = b.amend(Target.mission(m.id()), AmendmentKind.PERCENT_CUT, 1000);
        Amendment dropped = b.amend(Target.mission(m.id()), AmendmentKind.PERCENT_CUT, 5000);
        Proposal p = b.proposal(ru, kept, dropped);
        NegotiationData base = b.build();
        List<Position> stances = List.of(new Position(ru.id(), Item.amendment(dropped.id()), Stance.SUPPORTS, ""));
        NegotiationData data = base.with(base.negotiation(), base.delegations(), base.missions(), base.proposals(),
                base.events(), stances, List.of(), List.of(), List.of());
        Proposal reordered = new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(),
                p.provenance(), List.of(dropped, kept));
        // Moving an amendment keeps every id: the same stances still hold.
        NegotiationData moved = data.with(data.negotiation(), data.delegations(), data.missions(), List.of(reordered),
                data.events(), data.positions(), data.ourLines(), data.compromises(), data.scenarios());
        assertThat(moved.positions()).isSameAs(data.positions());
        Proposal without = new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(),
                p.provenance(), List.of(kept));
        assertThatThrownBy(() -> data.with(data.negotiation(), data.delegations(), data.missions(), List.of(without),
                data.events(), data.positions(), data.ourLines(), data.compromises(), data.scenarios()))
                .hasMessageContaining("unknown amendment id " + dropped.id());
    }
}
