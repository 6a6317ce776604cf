package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.Proposal;

class CodeListsTest {

    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    @Test
    void missions_readCodesInAnyCase_separatedByCommasOrSpaces() {
        List<Problem> problems = new ArrayList<>();

        List<Long> ids = CodeLists.missions("Missions", "unmiss, MONUSCO  minusca", sample, problems);

        assertThat(problems).isEmpty();
        assertThat(CodeLists.missionCodes(ids, sample)).isEqualTo("MONUSCO, UNMISS, MINUSCA");
    }

    @Test
    void anUnknownCode_isAProblemNamingTheField() {
        List<Problem> problems = new ArrayList<>();

        CodeLists.delegations("Members", "CN, XX", sample, problems);

        assertThat(problems).map(Problem::toString).containsExactly("Members: no delegation has the code XX");
    }

    @Test
    void proposals_areReferredToByDelegationAndNumber() {
        Proposal ru = sample.proposals().get(0);
        List<Problem> problems = new ArrayList<>();

        assertThat(CodeLists.ref(ru, sample)).isEqualTo("RU-1");
        assertThat(CodeLists.proposals("Proposals", "ru-1", sample, problems)).containsExactly(ru.id());
        CodeLists.proposals("Proposals", "RU-2", sample, problems);
        assertThat(problems).map(Problem::field).containsExactly("Proposals");
    }
}
