package org.parley.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.EventKind;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ProposedCuts;
import org.parley.model.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped sample: what a delegate expects to find in the 2018/19 replay. */
class SampleNegotiationTest {

    static final List<String> MISSIONS = List.of("MONUSCO", "UNFICYP", "MINUJUSTH", "UNAMID", "UNMISS", "UNISFA",
            "MINUSCA", "MINUSMA", "UNIFIL", "UNMIK", "MINURSO", "UNDOF", "UNSOS", "UNLB", "RSCE", "SUPPORT");

    private static NegotiationData data;

    @BeforeAll
    static void readSample() throws ImportException {
        data = NegotiationJson.readSample();
    }

    @Test
    void sample_hasEveryBudgetOfTheSession_allOpen() {
        assertThat(data.missions()).extracting(Mission::code).containsExactlyElementsOf(MISSIONS);
        assertThat(data.missions()).extracting(Mission::status).containsOnly(MissionStatus.OPEN);
    }

    @Test
    void sample_pinsDeskDateBeforeTheNewYorkDeadline() {
        assertThat(data.negotiation().deadline()).isEqualTo(Instant.parse("2018-07-01T04:00:00Z"));
        assertThat(data.negotiation().pinnedDeskDate()).contains(Instant.parse("2018-06-26T13:00:00Z"));
        assertThat(data.negotiation().zone().getId()).isEqualTo("America/New_York");
        assertThat(data.negotiation().currency()).isEqualTo("USD");
    }

    @Test
    void russia_cutsHumanRightsBySixHalvesSeaByThreeAndAbolishesTheVictimsAdvocate() {
        Proposal ru = proposalOf("RU");

        assertThat(percentCutsOn(ru, LineCategory.HUMAN_RIGHTS))
                .containsExactly("MONUSCO", "UNFICYP", "MINUJUSTH", "UNAMID", "UNMISS", "UNISFA");
        assertThat(percentCutsOn(ru, LineCategory.SEA_PREVENTION)).containsExactly("UNISFA", "MINUSCA", "MINUJUSTH");
        assertThat(ru.amendments()).filteredOn(a -> a.kind() == AmendmentKind.PERCENT_CUT)
                .extracting(Amendment::value).containsOnly(5000L);
        List<Amendment> abolitions = ru.amendments().stream()
                .filter(a -> a.kind() == AmendmentKind.ABOLISH_POSTS).toList();
        assertThat(abolitions).singleElement().satisfies(a -> {
            assertThat(data.describe(a.target())).startsWith("MONUSCO / ")
                    .endsWith("Field Victims' Rights Advocate (P-4)");
            assertThat(a.value()).isEqualTo(1);
        });
        assertThat(ru.amendments()).hasSize(10);
    }

    @Test
    void china_abolishes37HumanRightsInvestigatorAndGenderPosts() {
        Proposal cn = proposalOf("CN");

        assertThat(cn.amendments()).extracting(Amendment::kind).containsOnly(AmendmentKind.ABOLISH_POSTS);
        assertThat(cn.amendments().stream().mapToLong(Amendment::value).sum()).isEqualTo(37);
        assertThat(cn.amendments()).allSatisfy(a -> {
            Post post = data.post(a.target()).orElseThrow();
            assertThat(post.title()).containsAnyOf("Human Rights", "Gender");
            assertThat(post.count()).isGreaterThanOrEqualTo((int) a.value());
            assertThat(a.provenance().illustrative()).as("which posts China names is not public").isTrue();
        });
    }

    @Test
    void unitedStates_asksAnUnallocatedTopLineCutOf129Million() {
        Proposal us = proposalOf("US");

        assertThat(us.amendments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AmendmentKind.TOPLINE_CUT);
            assertThat(a.value()).isEqualTo(129_000_000L);
            assertThat(a.target().isWholeBudget()).isTrue();
        });
    }

    @Test
    void proposedCuts_onTheImportedSample_halveMonuscoHumanRightsAndCountChinasPosts() {
        ProposedCuts cuts = ProposedCuts.of(data);
        Mission monusco = data.missionByCode("MONUSCO").orElseThrow();
        BudgetLine humanRights = monusco.lines().get(0);

        long reference = humanRights.baselines().reference().orElseThrow().usd();
        assertThat(cuts.forLine(delegation("RU").id(), humanRights.id()).usd()).isEqualTo(reference / 2);
        long china = delegation("CN").id();
        long chinaPosts = data.missions().stream().mapToLong(m -> cuts.forMission(china, m.id()).posts()).sum();
        assertThat(chinaPosts).isEqualTo(37);
        // the US cut is allocated pro rata to the ACABQ figures (decision 0025): all of it in missions
        long us = delegation("US").id();
        assertThat(cuts.unallocated(us)).isZero();
        assertThat(data.missions().stream().mapToLong(m -> cuts.allocatedTo(us, m.id())).sum()).isEqualTo(129_000_000L);
    }

    @Test
    void proposals_areOpeningBids() {
        assertThat(data.proposals()).hasSize(3).extracting(Proposal::status).containsOnly(ProposalStatus.OPENING_BID);
    }

    @Test
    void victimsRightsAdvocates_sitInCarDrcHaitiAndSouthSudan() {
        Set<String> missions = data.missions().stream()
                .filter(m -> m.lines().stream().flatMap(l -> l.posts().stream())
                        .anyMatch(p -> p.displayTitle().equals("Field Victims' Rights Advocate (P-4)")))
                .map(Mission::code).collect(Collectors.toSet());

        assertThat(missions).containsExactlyInAnyOrder("MINUSCA", "MONUSCO", "MINUJUSTH", "UNMISS");
    }

    @Test
    void canz_groupsCanadaAustraliaAndNewZealand() {
        Delegation canz = delegation("CANZ");

        assertThat(canz.memberIds()).extracting(id -> data.delegation(id).orElseThrow().code())
                .containsExactly("CA", "AU", "NZ");
        assertThat(delegation("G77").notes()).contains("Egypt");
    }

    @Test
    void events_runFromMayToJuly_withTheDeadlineAsDeadline() {
        assertThat(data.events()).extracting(TimelineEvent::at).allSatisfy(at -> assertThat(at)
                .isBetween(Instant.parse("2018-05-01T00:00:00Z"), Instant.parse("2018-08-01T00:00:00Z")));
        assertThat(data.events()).filteredOn(e -> e.kind() == EventKind.DEADLINE).singleElement()
                .extracting(TimelineEvent::at).isEqualTo(data.negotiation().deadline());
    }

    @Test
    void sourcedFigures_areExactlyTheOnesTheFactsGive() {
        Map<String, Long> sourced = new TreeMap<>();
        for (Mission m : data.missions()) {
            m.baselines().asMap().forEach((b, f) -> {
                if (!f.illustrative()) {
                    sourced.put(m.code() + " " + b, f.usd());
                }
            });
        }

        assertThat(sourced).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MINURSO " + Baseline.PRIOR_APPROVED, 55_500_000L,
                "MINURSO " + Baseline.SG_PROPOSED, 53_800_000L,
                "MINURSO " + Baseline.FINAL, 55_900_000L,
                "UNFICYP " + Baseline.SG_PROPOSED, 55_152_000L,
                "MINUJUSTH " + Baseline.PRIOR_APPROVED, 88_000_000L,
                "UNAMID " + Baseline.PRIOR_APPROVED, 911_000_000L,
                "MONUSCO " + Baseline.FINAL, 1_090_000_000L));
    }

    @Test
    void linesAndPosts_areAllIllustrative() {
        List<BudgetLine> lines = data.missions().stream().flatMap(m -> m.lines().stream()).toList();

        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.baselines().asMap().values()).allMatch(f -> f.illustrative());
            assertThat(l.posts()).allMatch(Post::illustrative);
        });
    }

    @Test
    void everyMissionHasAFigureToMeasureCutsAgainst() {
        assertThat(data.missions()).allSatisfy(m -> assertThat(m.baselines().reference()).isPresent());
        assertThat(data.missions().stream().flatMap(m -> m.lines().stream()))
                .allSatisfy(l -> assertThat(l.baselines().reference()).isPresent());
    }

    @Test
    void sample_postsAreOfThePlausibleOrder() {
        // NYT: about 450 peacekeeping jobs deal with human rights and abuse prevention.
        assertThat(data.postCount()).isBetween(250, 500);
    }

    private static Proposal proposalOf(String delegationCode) {
        long id = delegation(delegationCode).id();
        return data.proposals().stream().filter(p -> p.delegationId() == id).findFirst().orElseThrow();
    }

    private static Delegation delegation(String code) {
        return data.delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> percentCutsOn(Proposal p, LineCategory category) {
        return p.amendments().stream()
                .filter(a -> a.kind() == AmendmentKind.PERCENT_CUT)
                .filter(a -> category == data.line(a.target().missionId(), a.target().lineId())
                        .orElseThrow().category())
                .map(a -> data.mission(a.target().missionId()).orElseThrow().code())
                .toList();
    }
}
