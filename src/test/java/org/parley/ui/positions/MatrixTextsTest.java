package org.parley.ui.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Delegation;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Stance;

/** The matrix's texts after a gesture: the stances index is kept only while the stances are the same list. */
class MatrixTextsTest {

    @Test
    void aGestureThatRecordsNoStance_keepsTheIndex_andOneThatDoes_showsTheNewStance() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Delegation someone = sample.delegations().get(0);
        NegotiationData data = sample.withPositions(List.of(new Position(someone.id(),
                org.parley.model.Item.amendment(sample.proposals().get(0).amendments().get(0).id()), Stance.OPPOSES,
                "said in informals")));
        Position first = data.positions().get(0);
        Delegation d = data.delegation(first.delegationId()).orElseThrow();
        MatrixRow row = new MatrixRow.OfDelegation(d, false);
        MatrixTexts before = new MatrixTexts(data);
        String was = before.cell(row, first.item());
        assertThat(was).contains(first.stance().label());

        NegotiationData sameStances = data.withProposals(new ArrayList<>(data.proposals()));
        assertThat(sameStances.positions()).isSameAs(data.positions());
        assertThat(new MatrixTexts(sameStances, before).cell(row, first.item())).isEqualTo(was);

        Stance other = first.stance() == Stance.RED_LINE ? Stance.FLEXIBLE : Stance.RED_LINE;
        List<Position> changed = new ArrayList<>(data.positions());
        changed.set(0, new Position(first.delegationId(), first.item(), other, first.note()));
        NegotiationData newStance = data.withPositions(changed);

        assertThat(new MatrixTexts(newStance, before).cell(row, first.item())).contains(other.label())
                .doesNotContain(first.stance().label());
    }
}
