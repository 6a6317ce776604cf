package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.NegotiationData;
import org.parley.store.StoreException.Reason;

/** Writing and reading whole negotiations. */
class NegotiationStoreTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() throws StoreException {
        ws = Workspace.open(dir.resolve("parley.db"));
    }

    @AfterEach
    void close() throws StoreException {
        ws.close();
    }

    @Test
    void roundTrip_everyEntityKind_equalUpToIds() throws Exception {
        NegotiationData data = TestNegotiations.everyKind();

        NegotiationData loaded = ws.loadNegotiation(ws.insertNegotiation(data));

        assertThat(IdNormaliser.normalise(loaded)).isEqualTo(IdNormaliser.normalise(data));
    }

    @Test
    void marking_isStoredAndReadBack() throws Exception {
        long id = ws.insertNegotiation(TestNegotiations.everyKind());

        assertThat(ws.negotiations().find(id).orElseThrow().marking()).isEqualTo("UN RESTRICTED – internal");
        assertThat(ws.loadNegotiation(id).negotiation().marking()).isEqualTo("UN RESTRICTED – internal");
    }

    @Test
    void load_twice_givesEqualData() throws Exception {
        long id = ws.insertNegotiation(TestNegotiations.everyKind());

        NegotiationData first = ws.loadNegotiation(id);

        assertThat(ws.loadNegotiation(id)).isEqualTo(first);
        assertThat(first.negotiation().id()).isEqualTo(id);
    }

    @Test
    void insert_ofLoadedData_storesACopy() throws Exception {
        NegotiationData loaded = ws.loadNegotiation(ws.insertNegotiation(TestNegotiations.everyKind()));

        long copyId = ws.insertNegotiation(loaded);

        assertThat(copyId).isNotEqualTo(loaded.negotiation().id());
        assertThat(IdNormaliser.normalise(ws.loadNegotiation(copyId))).isEqualTo(IdNormaliser.normalise(loaded));
    }

    @Test
    void repositories_loadTheSamePartsAsLoadNegotiation() throws Exception {
        long id = ws.insertNegotiation(TestNegotiations.everyKind());
        NegotiationData whole = ws.loadNegotiation(id);

        assertThat(ws.negotiations().find(id)).contains(whole.negotiation());
        assertThat(ws.delegations().forNegotiation(id)).isEqualTo(whole.delegations());
        assertThat(ws.missions().forNegotiation(id)).isEqualTo(whole.missions());
        assertThat(ws.proposals().forNegotiation(id)).isEqualTo(whole.proposals());
        assertThat(ws.timeline().forNegotiation(id)).isEqualTo(whole.events());
    }

    @Test
    void counts_reportWhatANegotiationHolds() throws Exception {
        long id = ws.insertNegotiation(TestNegotiations.everyKind());

        // posts counts people, not rows: 3 + 1 on MONUSCO human rights, 2 on UNMISS gender
        assertThat(ws.counts(id)).isEqualTo(new WorkspaceCounts(3, 3, 6, 3, 4, 6, 5));
        assertThat(ws.counts(id + 1)).isEqualTo(new WorkspaceCounts(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void twoNegotiations_loadIndependently() throws Exception {
        NegotiationData a = TestNegotiations.everyKind();
        NegotiationData b = TestNegotiations.small("Support account 2019/20", "MONUSCO");

        long idA = ws.insertNegotiation(a);
        long idB = ws.insertNegotiation(b);

        assertThat(IdNormaliser.normalise(ws.loadNegotiation(idA))).isEqualTo(IdNormaliser.normalise(a));
        assertThat(IdNormaliser.normalise(ws.loadNegotiation(idB))).isEqualTo(IdNormaliser.normalise(b));
        assertThat(ws.negotiations().list()).extracting(n -> n.id()).containsExactly(idA, idB);
        assertThat(ws.counts(idB)).isEqualTo(new WorkspaceCounts(1, 1, 4, 1, 1, 1, 1));
    }

    @Test
    void insert_failingLate_leavesNothingBehind() throws Exception {
        ws.insertNegotiation(TestNegotiations.small("Kept", "KEPT"));
        Map<String, Integer> before = TestFiles.rowCounts(ws);
        // Missions, lines and posts are written before delegations; a trigger then refuses the
        // delegation "FAIL" (as a full disk would refuse a page), so a lot has been written when
        // the insert fails. NegotiationData itself lets no invalid document this far.
        failLateOnDelegation("FAIL");
        NegotiationData failing = TestNegotiations.sized(4, 5, 10, "RU", "FAIL");

        assertThatThrownBy(() -> ws.insertNegotiation(failing))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT);
                    assertThat(e.getMessage()).startsWith(ws.file().toString()).contains("refused for the test");
                });

        assertThat(TestFiles.rowCounts(ws)).isEqualTo(before);
        assertThat(ws.negotiations().list()).hasSize(1);
    }

    private void failLateOnDelegation(String code) throws StoreException {
        ws.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON delegation WHEN NEW.code = '" + code
                        + "' BEGIN SELECT RAISE(ABORT, 'delegation " + code + " refused for the test'); END");
            }
            return null;
        });
    }

    @Test
    void insert_afterAFailedInsert_works() throws Exception {
        failLateOnDelegation("FAIL");
        assertThatThrownBy(() -> ws.insertNegotiation(TestNegotiations.sized(1, 1, 1, "RU", "FAIL")))
                .isInstanceOf(StoreException.class);

        long id = ws.insertNegotiation(TestNegotiations.sized(1, 1, 1, "RU"));

        assertThat(ws.counts(id).missions()).isEqualTo(1);
    }

    @Test
    void delete_removesEverythingOfThatNegotiationOnly() throws Exception {
        long kept = ws.insertNegotiation(TestNegotiations.small("Kept", "KEPT"));
        Map<String, Integer> withOne = TestFiles.rowCounts(ws);
        NegotiationData keptData = ws.loadNegotiation(kept);
        long deleted = ws.insertNegotiation(TestNegotiations.everyKind());

        assertThat(ws.negotiations().delete(deleted)).isTrue();

        assertThat(TestFiles.rowCounts(ws)).isEqualTo(withOne);
        assertThat(ws.loadNegotiation(kept)).isEqualTo(keptData);
        assertThat(ws.negotiations().delete(deleted)).isFalse();
    }

    @Test
    void load_unknownId_throws() {
        assertThatThrownBy(() -> ws.loadNegotiation(42)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void deletingAPostThatAnAmendmentTargets_isRefused() throws Exception {
        NegotiationData loaded = ws.loadNegotiation(ws.insertNegotiation(TestNegotiations.everyKind()));
        long targetedPost = loaded.proposals().get(0).amendments().get(1).target().postId();

        assertThatThrownBy(() -> ws.inTransaction(c -> update(c, "DELETE FROM post WHERE id = ?", targetedPost)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
        assertThat(ws.loadNegotiation(loaded.negotiation().id())).isEqualTo(loaded);
    }

    @Test
    void moneyColumns_refuseFractions() throws Exception {
        ws.insertNegotiation(TestNegotiations.everyKind());

        assertThatThrownBy(() -> ws.inTransaction(c -> update(c, "UPDATE mission_baseline SET usd = 1.5")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
    }

    @Test
    void roundTrip_largeNegotiation() throws Exception {
        NegotiationData data = TestNegotiations.sized(16, 30, 25, "RU", "CN", "US");

        long id = ws.insertNegotiation(data);

        assertThat(IdNormaliser.normalise(ws.loadNegotiation(id))).isEqualTo(IdNormaliser.normalise(data));
        assertThat(ws.counts(id).lines()).isEqualTo(16 * 30);
    }

    private static int update(java.sql.Connection c, String sql, Object... args) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
