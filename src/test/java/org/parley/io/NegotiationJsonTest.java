package org.parley.io;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.MinimalDocument.read;
import static org.parley.io.MinimalDocument.with;

/** Reading valid documents: keys become ids, values keep their units and provenance. */
class NegotiationJsonTest {

    @Test
    void read_minimalDocument_readsNegotiationTimesInTheirZone() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);

        assertThat(data.negotiation().deadline()).isEqualTo(Instant.parse("2018-07-01T04:00:00Z"));
        assertThat(data.negotiation().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(data.negotiation().pinnedDeskDate()).isEmpty();
    }

    @Test
    void read_withoutMarking_marksConfidential() throws Exception {
        assertThat(read(MinimalDocument.JSON).negotiation().marking()).isEqualTo(Negotiation.DEFAULT_MARKING);
    }

    @Test
    void read_marking_isTrimmed() throws Exception {
        String json = with("\"currency\": \"USD\"", "\"currency\": \"USD\", \"marking\": \" RESTRICTED \"");

        assertThat(read(json).negotiation().marking()).isEqualTo("RESTRICTED");
    }

    @Test
    void writeThenRead_keepsTheMarking() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);
        NegotiationData marked = data.with(data.negotiation().withMarking("UN RESTRICTED – delegates only"),
                data.delegations(), data.missions(), data.proposals(), data.events(), data.positions(),
                data.ourLines(), data.compromises(), data.scenarios());

        byte[] json = NegotiationJsonWriter.write(marked);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"marking\": \"UN RESTRICTED – delegates only\"");
        assertThat(NegotiationJson.read(new ByteArrayInputStream(json), "export.json").negotiation())
                .isEqualTo(marked.negotiation().withId(0));
    }

    @Test
    void read_groupNamingMemberDeclaredLater_resolvesMember() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);

        Delegation g77 = data.delegations().get(1);
        Delegation egypt = data.delegations().get(2);
        assertThat(g77.memberIds()).containsExactly(egypt.id());
    }

    @Test
    void read_amendmentTargets_resolveToMissionLineAndPostIds() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);

        Mission monusco = data.missionByCode("MONUSCO").orElseThrow();
        long lineId = monusco.lines().get(0).id();
        long postId = monusco.lines().get(0).posts().get(0).id();
        Proposal ru = data.proposals().get(0);
        assertThat(ru.delegationId()).isEqualTo(data.delegations().get(0).id());
        assertThat(ru.amendments()).extracting(a -> a.target()).containsExactly(
                Target.line(monusco.id(), lineId), Target.post(monusco.id(), lineId, postId), Target.WHOLE_BUDGET);
    }

    @Test
    void read_percentAsStringOrNumber_givesSameBasisPoints() throws Exception {
        String asNumber = with("\"percent\": \"50\"", "\"percent\": 12.5");
        String asString = with("\"percent\": \"50\"", "\"percent\": \"12.5%\"");

        assertThat(read(asNumber).proposals().get(0).amendments().get(0).value()).isEqualTo(1250);
        assertThat(read(asString).proposals().get(0).amendments().get(0).value()).isEqualTo(1250);
    }

    @Test
    void read_amendmentValues_keepTheirUnits() throws Exception {
        Proposal ru = read(MinimalDocument.JSON).proposals().get(0);

        assertThat(ru.amendments()).extracting(a -> a.kind(), a -> a.value()).containsExactly(
                Tuple.tuple(AmendmentKind.PERCENT_CUT, 5000L),
                Tuple.tuple(AmendmentKind.ABOLISH_POSTS, 1L),
                Tuple.tuple(AmendmentKind.TOPLINE_CUT, 129_000_000L));
    }

    @Test
    void read_sourcedFigureWithNote_keepsNoteAfterSource() throws Exception {
        String json = with("{\"usd\": 1000000, \"source\": \"A/72/784\"}",
                "{\"usd\": 1000000, \"source\": \"A/72/784\", \"note\": \"derived\"}");

        Mission monusco = read(json).missions().get(0);
        assertThat(monusco.baselines().get(Baseline.SG_PROPOSED).orElseThrow().provenance().source())
                .isEqualTo("A/72/784 — derived");
    }

    @Test
    void read_ids_areUniquePerEntityTypeAcrossTheDocument() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);

        assertThat(data.missions()).extracting(Mission::id).containsExactly(1L, 2L);
        assertThat(data.proposals().get(0).amendments()).extracting(a -> a.id()).containsExactly(1L, 2L, 3L);
        TimelineEvent event = data.events().get(0);
        assertThat(event.missionIds()).containsExactly(2L);
        assertThat(event.proposalIds()).containsExactly(1L);
    }

    @Test
    void read_leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        var in = new ByteArrayInputStream(MinimalDocument.JSON.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
            }
        };

        NegotiationJson.read(in, "test.json");

        assertThat(closed[0]).isFalse();
    }
}
