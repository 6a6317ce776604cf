package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ProposedCuts;
import org.parley.model.Refused;

/**
 * "Revise proposal" on the real sample in a real workspace file (decision 0023): one gesture
 * that makes Rev.1 and supersedes the original, committed before it is shown, undone exactly.
 */
class ReviseProposalTest extends ProposalDeskTest {

    /** The desk's clock when the revision is tabled: 26 June 2018 15:30 UTC. */
    private static final Instant TABLED = Instant.parse("2018-06-26T15:30:00Z");

    @Test
    void revise_makesRev1RightAfterTheOriginal_withCopiesOfItsAmendments_storedWithTheLink() throws Exception {
        Proposal ru = desk.proposal("RU");

        long id = edits.reviseProposal(ru.id(), TABLED);

        NegotiationData data = desk.reload();
        Proposal rev = data.proposal(id).orElseThrow();
        assertThat(rev.title()).isEqualTo("Cuts to human-rights and SEA-prevention components (Rev.1)");
        assertThat(rev.delegationId()).isEqualTo(ru.delegationId());
        assertThat(rev.tabledAt()).isEqualTo(TABLED);
        assertThat(rev.status()).isEqualTo(ProposalStatus.REVISED);
        assertThat(rev.revisesId()).isEqualTo(ru.id());
        assertThat(data.proposals().indexOf(rev)).isEqualTo(data.proposals().indexOf(ru) + 1);
        assertThat(rev.amendments()).hasSize(10);
        for (int i = 0; i < 10; i++) {
            Amendment was = ru.amendments().get(i);
            Amendment copy = rev.amendments().get(i);
            assertThat(copy.id()).isNotEqualTo(was.id());
            assertThat(List.of(copy.target(), copy.kind(), copy.value(), copy.rationale(), copy.provenance()))
                    .isEqualTo(List.of(was.target(), was.kind(), was.value(), was.rationale(), was.provenance()));
        }
        assertThat(data.isSuperseded(ru.id())).isTrue();
        assertThat(data.proposal(ru.id()).orElseThrow()).isEqualTo(ru);
        assertThat(sql("SELECT revises_id FROM proposal WHERE id = " + id)).isEqualTo(String.valueOf(ru.id()));
        assertThat(desk.lastChange()).isEqualTo("Revise proposal RU \"Cuts to human-rights and SEA-prevention "
                + "components\": \"Cuts to human-rights and SEA-prevention components (Rev.1)\" with 10 amendments "
                + "supersedes it");
    }

    @Test
    void revise_countsTheSameOnce_notTwice() throws Exception {
        Proposal ru = desk.proposal("RU");
        ProposedCuts before = ProposedCuts.of(editor.data());

        edits.reviseProposal(ru.id(), TABLED);

        // Rev.1 is a copy: what RU asks is what it asked, counted once (not the original plus the copy).
        ProposedCuts after = ProposedCuts.of(editor.data());
        for (Mission m : editor.data().missions()) {
            assertThat(after.forMission(ru.delegationId(), m.id())).as(m.code())
                    .isEqualTo(before.forMission(ru.delegationId(), m.id()));
        }
        assertThat(after.unallocated(ru.delegationId())).isEqualTo(before.unallocated(ru.delegationId()));
    }

    @Test
    void undo_restoresTheFileExactly_andTheOriginalCountsAgain_redoMakesRev1Again() throws Exception {
        Proposal ru = desk.proposal("RU");
        Map<String, List<String>> before = desk.dump();

        long id = edits.reviseProposal(ru.id(), TABLED);
        Map<String, List<String>> after = desk.dump();
        assertThat(editor.undoLabel()).contains("Revise proposal");
        editor.undo();

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.reload().isSuperseded(ru.id())).isFalse();
        assertThat(editor.data().proposal(id)).isEmpty();
        editor.redo();
        assertThat(desk.dump()).isEqualTo(after);
        assertThat(desk.reload().isSuperseded(ru.id())).isTrue();
    }

    @Test
    void theMissionsAGestureNames_areEnoughToKeepTheTotalsRight_throughReviseEditAndUndo() throws Exception {
        // The desk recomputes only the missions a gesture names (ProposedCuts.update); a revision
        // must name those of the proposal it supersedes, or the original's cuts would linger.
        Proposal ru = desk.proposal("RU");
        ProposedCuts[] cuts = {ProposedCuts.of(editor.data())};
        editor.addListener(applied -> cuts[0] = ProposedCuts.update(cuts[0], applied.data(), applied.missionIds()));

        long id = edits.reviseProposal(ru.id(), TABLED);
        assertSameAsComputedAfresh(cuts[0]);
        // UNFICYP's human-rights line is the only amendment on UNFICYP: Rev.1 then touches it no more.
        Amendment unficyp = editor.data().proposal(id).orElseThrow().amendments().get(1);
        assertThat(editor.data().describe(unficyp.target())).isEqualTo("UNFICYP / Human rights");
        edits.deleteAmendment(unficyp.id());
        assertSameAsComputedAfresh(cuts[0]);
        edits.deleteProposal(id); // the original counts again, UNFICYP too, which the revision dropped
        assertSameAsComputedAfresh(cuts[0]);
        editor.undo();
        assertSameAsComputedAfresh(cuts[0]);
        editor.undo();
        editor.undo();
        assertSameAsComputedAfresh(cuts[0]);
    }

    @Test
    void aSecondRevision_isRev2_andRevisingTheSupersededOriginalIsRefusedSayingWhich() throws Exception {
        Proposal ru = desk.proposal("RU");
        long rev1 = edits.reviseProposal(ru.id(), TABLED);

        long rev2 = edits.reviseProposal(rev1, TABLED.plusSeconds(3600));

        assertThat(editor.data().proposal(rev2).orElseThrow().title())
                .isEqualTo("Cuts to human-rights and SEA-prevention components (Rev.2)");
        assertThat(editor.data().isSuperseded(rev1)).isTrue();
        assertThatThrownBy(() -> edits.reviseProposal(ru.id(), TABLED)).isInstanceOf(Refused.class)
                .hasMessage("RU \"Cuts to human-rights and SEA-prevention components\" was already revised by "
                        + "\"Cuts to human-rights and SEA-prevention components (Rev.1)\": revise that one instead");
    }

    @Test
    void aRevisionBeforeTheOriginalWasTabled_isRefusedWithBothTimes() throws Exception {
        Proposal ru = desk.proposal("RU"); // tabled 25 June 2018 10:00 New York time
        Map<String, List<String>> before = desk.dump();

        assertThatThrownBy(() -> edits.reviseProposal(ru.id(), Instant.parse("2018-06-24T14:00:00Z")))
                .isInstanceOf(Refused.class)
                .hasMessage("a revision is tabled after what it revises: RU \"Cuts to human-rights and "
                        + "SEA-prevention components\" was tabled 25 Jun 2018 10:00, the desk's time is 24 Jun 2018 10:00");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deletingTheOriginal_leavesRev1Standing_unlinked_andUndoLinksItAgain() throws Exception {
        Proposal ru = desk.proposal("RU");
        long id = edits.reviseProposal(ru.id(), TABLED);
        Map<String, List<String>> revised = desk.dump();

        edits.deleteProposal(ru.id());

        Proposal rev = desk.reload().proposal(id).orElseThrow();
        assertThat(rev.revisesId()).isNull();
        assertThat(sql("SELECT revises_id IS NULL FROM proposal WHERE id = " + id)).isEqualTo("1");
        editor.undo();
        assertThat(desk.dump()).isEqualTo(revised);
        assertThat(desk.reload().proposal(id).orElseThrow().revisesId()).isEqualTo(ru.id());
    }

    @Test
    void editingTheRevisionsOwnFields_keepsTheLink() throws Exception {
        Proposal ru = desk.proposal("RU");
        long id = edits.reviseProposal(ru.id(), TABLED);
        Proposal rev = editor.data().proposal(id).orElseThrow();

        edits.updateProposal(new Proposal(rev.id(), rev.delegationId(), "A/C.5/72/L.40/Rev.1", rev.tabledAt(),
                rev.status(), rev.provenance(), rev.amendments()));

        assertThat(desk.reload().proposal(id).orElseThrow().revisesId()).isEqualTo(ru.id());
    }

    private void assertSameAsComputedAfresh(ProposedCuts incremental) {
        NegotiationData data = editor.data();
        ProposedCuts fresh = ProposedCuts.of(data);
        Set<String> differences = new HashSet<>();
        for (Delegation d : data.delegations()) {
            for (Mission m : data.missions()) {
                Cut a = incremental.forMission(d.id(), m.id());
                Cut b = fresh.forMission(d.id(), m.id());
                if (!a.equals(b)) {
                    differences.add(d.code() + " " + m.code() + ": " + a + " instead of " + b);
                }
            }
        }
        assertThat(new ArrayList<>(differences)).isEmpty();
    }

    private String sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
