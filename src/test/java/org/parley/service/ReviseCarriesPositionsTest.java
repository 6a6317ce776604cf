package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;

/**
 * "Revise proposal" carries where everyone stood (decision 0027): stances and our lines on the
 * original's amendments are set on the copies, open compromises are floated again on them, and
 * agreed or rejected ones stay with the original. On the real sample in a real workspace file,
 * counted by hand; undo takes all of it away and redo puts it back.
 */
class ReviseCarriesPositionsTest extends ProposalDeskTest {

    private static final Instant TABLED = Instant.parse("2018-06-26T15:30:00Z");
    private static final Instant FLOATED = Instant.parse("2018-06-26T14:00:00Z");

    private Proposal ru;
    private Amendment first;
    private Amendment third;
    private Amendment fourth;
    private Amendment fifth;

    @BeforeEach
    void stancesOnRu() throws Exception {
        ru = desk.proposal("RU");
        first = ru.amendments().get(0);
        third = ru.amendments().get(2);
        fourth = ru.amendments().get(3);
        fifth = ru.amendments().get(4);
        PositionEdits positions = new PositionEdits(editor);
        // On RU's amendments: CN and JP on the first, JP on the fourth: 3 stances to carry.
        positions.setStance(desk.delegation("CN").id(), Item.amendment(first.id()), Stance.SUPPORTS, "said so on 25 June");
        positions.setStance(desk.delegation("JP").id(), Item.amendment(first.id()), Stance.OPPOSES, "");
        positions.setStance(desk.delegation("JP").id(), Item.amendment(fourth.id()), Stance.RED_LINE, "capital's line");
        // Not on RU's amendments: on a mission, and on CN's proposal: not carried.
        positions.setStance(desk.delegation("EG").id(), Item.mission(desk.mission("MONUSCO").id()), Stance.FLEXIBLE, "");
        long cnFirst = desk.proposal("CN").amendments().get(0).id();
        positions.setStance(desk.delegation("CA").id(), Item.amendment(cnFirst), Stance.OPPOSES, "");
        // Our line on RU's first amendment (carried) and on CN's first (not).
        positions.setOurLine(Item.amendment(first.id()), "No cut to human rights", "25% at most");
        positions.setOurLine(Item.amendment(cnFirst), "Keep the posts", "");
        // Compromises on RU's: one floated on the first (carried), one agreed ad ref on the third
        // and one rejected on the fifth (both stay with the original only).
        CompromiseEdits compromises = new CompromiseEdits(editor);
        compromises.add(first.id(), "Halve it: 25%", 2500, "the coordinator", FLOATED, CompromiseStatus.FLOATED);
        compromises.add(third.id(), "10% instead", 1000, "EU", FLOATED, CompromiseStatus.AGREED_AD_REF);
        compromises.add(fifth.id(), "40% instead", 4000, "G77", FLOATED, CompromiseStatus.REJECTED);
    }

    @Test
    void revise_setsTheStancesAndOurLineOnTheCopies_andFloatsTheOpenCompromiseAgain_inTheFile() throws Exception {
        long id = edits.reviseProposal(ru.id(), TABLED);

        NegotiationData data = desk.reload();
        Proposal rev = data.proposal(id).orElseThrow();
        long firstCopy = rev.amendments().get(0).id();
        long fourthCopy = rev.amendments().get(3).id();
        assertThat(data.positions()).contains(
                new Position(desk.delegation("CN").id(), Item.amendment(firstCopy), Stance.SUPPORTS, "said so on 25 June"),
                new Position(desk.delegation("JP").id(), Item.amendment(firstCopy), Stance.OPPOSES, ""),
                new Position(desk.delegation("JP").id(), Item.amendment(fourthCopy), Stance.RED_LINE, "capital's line"));
        // 5 stances before, 3 of them on RU's amendments: 8 now, the originals' still there.
        assertThat(sql("SELECT count(*) FROM position")).isEqualTo("8");
        assertThat(sql("SELECT count(*) FROM position WHERE amendment_id IN " + ids(rev))).isEqualTo("3");
        assertThat(sql("SELECT count(*) FROM position WHERE amendment_id IN " + ids(ru))).isEqualTo("3");
        assertThat(data.ourLines()).contains(new OurLine(Item.amendment(firstCopy), "No cut to human rights", "25% at most"));
        assertThat(sql("SELECT count(*) FROM our_line")).isEqualTo("3");
        // 3 compromises before; only the floated one is floated again, on the copy.
        assertThat(sql("SELECT count(*) FROM compromise")).isEqualTo("4");
        List<Compromise> onRev = data.compromises().stream()
                .filter(c -> rev.amendments().stream().anyMatch(a -> a.id() == c.amendmentId())).toList();
        assertThat(onRev).hasSize(1);
        Compromise carried = onRev.get(0);
        assertThat(List.of(carried.amendmentId(), carried.description(), carried.value(), carried.floatedBy(),
                carried.floatedAt(), carried.status()))
                .isEqualTo(List.of(firstCopy, "Halve it: 25%", 2500L, "the coordinator", FLOATED, CompromiseStatus.FLOATED));
        assertThat(sql("SELECT count(*) FROM compromise WHERE amendment_id IN " + ids(ru))).isEqualTo("3");
        assertThat(desk.lastChange()).endsWith("supersedes it; 3 stances, our line and 1 open compromise carried over");
    }

    @Test
    void undo_takesTheRevisionAndAllItCarriedAway_redoPutsItBack_oneGesture() throws Exception {
        Map<String, List<String>> before = desk.dump();

        edits.reviseProposal(ru.id(), TABLED);
        Map<String, List<String>> after = desk.dump();
        assertThat(editor.undoLabel()).contains("Revise proposal");

        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(sql("SELECT count(*) FROM position")).isEqualTo("5");
        assertThat(sql("SELECT count(*) FROM compromise")).isEqualTo("3");
        editor.redo();
        assertThat(desk.dump()).isEqualTo(after);
        assertThat(sql("SELECT count(*) FROM position")).isEqualTo("8");
    }

    @Test
    void aProposalWithNothingOnIt_isRevisedAsBefore_withNothingCarried() throws Exception {
        Proposal us = desk.proposal("US");
        edits.reviseProposal(us.id(), TABLED);
        assertThat(desk.lastChange()).endsWith("with 1 amendment supersedes it");
        assertThat(sql("SELECT count(*) FROM position")).isEqualTo("5");
    }

    private static String ids(Proposal p) {
        List<String> list = new ArrayList<>();
        p.amendments().forEach(a -> list.add(String.valueOf(a.id())));
        return "(" + String.join(",", list) + ")";
    }

    private String sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
