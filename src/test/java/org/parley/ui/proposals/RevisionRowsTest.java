package org.parley.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.NegotiationBuilder;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Target;

/** The proposals pane's rows for revisions: Rev.1 right after its original, which reads "superseded". */
class RevisionRowsTest {

    @Test
    void rev1_comesRightAfterItsOriginal_evenWithAProposalTabledBetween_andTheOriginalReadsSuperseded() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        Mission unmiss = b.mission("UNMISS", 1_000_000_000, hr);
        Proposal original = b.proposal(ru, b.amend(Target.line(unmiss.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000));
        NegotiationData data = b.build();
        Proposal between = new Proposal(b.id(), ru.id(), "Another text", NegotiationBuilder.DESK, ProposalStatus.OPENING_BID,
                Provenance.UNSOURCED, List.of());
        Proposal rev = new Proposal(b.id(), ru.id(), "RU proposal (Rev.1)", NegotiationBuilder.DESK.plusSeconds(3600),
                ProposalStatus.REVISED, Provenance.UNSOURCED,
                List.of(b.amend(Target.line(unmiss.id(), hr.id()), AmendmentKind.PERCENT_CUT, 2500)), original.id());
        List<Proposal> all = new ArrayList<>(data.proposals());
        all.add(between);
        all.add(rev);
        ProposalsViewModel vm = new ProposalsViewModel();
        vm.setData(data.withProposals(all));

        List<ProposalRow.OfProposal> rows = vm.proposalsOf(ru);

        assertThat(rows).extracting(r -> r.proposal().title())
                .containsExactly("RU proposal", "RU proposal (Rev.1)", "Another text");
        assertThat(rows).extracting(ProposalRow.OfProposal::statusText)
                .containsExactly("superseded", "revised", "opening bid");
        assertThat(vm.describe(rows.get(0))).contains("Superseded by \"RU proposal (Rev.1)\": it no longer counts");
        vm.select(rev.id(), null);
        assertThat(vm.redlineTitleProperty().get()).isEqualTo("Redline against \"RU proposal\" (what the revision changed)");
        assertThat(vm.getRedline()).containsExactly("changed: UNMISS / Human rights −50% → −25%");
        vm.select(original.id(), null);
        assertThat(vm.redlineTitleProperty().get()).isEmpty();
        assertThat(vm.getRedline()).isEmpty();
    }
}
