package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Item;
import org.parley.model.Position;
import org.parley.model.Refused;
import org.parley.model.Stance;

class DelegationEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private DelegationEdits edits;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new DelegationEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void addGroup_withMembers_isStored_andUndoIsExact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        List<Long> members = List.of(desk.delegation("RU").id(), desk.delegation("CN").id());

        long id = edits.addDelegation(new Delegation(0, "A3+", "A3 plus", DelegationKind.GROUP, members, ""));

        assertThat(desk.reload().delegation(id).orElseThrow().memberIds()).isEqualTo(members);
        assertThat(desk.lastChange()).isEqualTo("Add group A3+ (A3 plus)");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addDelegation_withACodeInUse_inAnotherCase_isRefused() throws Exception {
        Map<String, List<String>> before = desk.dump();

        assertThatThrownBy(() -> edits.addDelegation(new Delegation(0, "ru", "Russia", DelegationKind.STATE,
                List.of(), ""))).isInstanceOf(Refused.class)
                .hasMessage("Code: another delegation already has the code RU (Russian Federation)");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void updateDelegation_renamesIt_andSaysSoInTheHistory() throws Exception {
        Delegation jp = desk.delegation("JP");

        edits.updateDelegation(new Delegation(jp.id(), "JPN", jp.name(), jp.kind(), jp.memberIds(), "G4"));

        assertThat(desk.reload().delegation(jp.id()).orElseThrow().code()).isEqualTo("JPN");
        assertThat(desk.lastChange()).isEqualTo("Edit delegation JP: code JPN, notes");
    }

    @Test
    void deleteDelegation_thatTabledProposals_isRefused_namingThem() throws Exception {
        Map<String, List<String>> before = desk.dump();
        long ru = desk.delegation("RU").id();

        assertThatThrownBy(() -> edits.deleteDelegation(ru)).isInstanceOf(Refused.class)
                .hasMessage("Delete: RU tabled 1 proposal (\"Cuts to human-rights and SEA-prevention components\"); "
                        + "delete or reassign those first");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deleteMember_takesItsPositions_leavesItsGroups_andUndoIsExact() throws Exception {
        Delegation eg = desk.delegation("EG");
        long amendment = desk.editor.data().proposals().get(0).amendments().get(0).id();
        desk.editor.apply(desk.editor.edit().create(Part.POSITIONS,
                new Position(eg.id(), Item.amendment(amendment), Stance.RED_LINE, "")).build("Record", "Record"));
        Map<String, List<String>> before = desk.dump();

        assertThat(edits.whatGoesWith(eg.id())).isEqualTo("1 position; leaves G77, AFRICAN-GROUP");
        edits.deleteDelegation(eg.id());

        var data = desk.reload();
        assertThat(data.delegation(eg.id())).isEmpty();
        assertThat(data.positions()).isEmpty();
        assertThat(data.delegations()).noneMatch(d -> d.memberIds().contains(eg.id()));
        assertThat(desk.lastChange()).isEqualTo("Delete state EG (Egypt) with 1 position; leaves G77, AFRICAN-GROUP");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }
}
