package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Stance;
import org.parley.print.PageSetup;
import org.parley.print.PageText;
import org.parley.print.Sheet;
import org.parley.print.SheetLayout;

/** Sheets built from a real workspace: names resolved, the change log read, the replay clock used. */
class BriefingsTest {

    @TempDir
    Path dir;

    private Desk open() throws Exception {
        return new DeskService(NegotiationJson::readSample).open(dir.resolve("w.parley"));
    }

    private static String text(Sheet s) {
        return PageText.of(SheetLayout.layout(s, PageSetup.A4_PORTRAIT));
    }

    @Test
    void theSampleIsBriefedAtItsPinnedReplayDate() throws Exception {
        try (Desk desk = open()) {
            Briefings b = Briefings.of(desk);

            assertThat(b.now()).isEqualTo(desk.data().negotiation().deskDate());
            assertThat(text(b.missionByCode("monusco"))).contains("Mission brief: MONUSCO").contains("CONFIDENTIAL");
        }
    }

    @Test
    void theNegotiationsOwnMarkingIsOnTheSheet() throws Exception {
        try (Desk desk = open()) {
            new NegotiationEdits(desk.editor()).updateDetails(desk.data().negotiation().title(),
                    desk.data().negotiation().body(), "RESTRICTED");

            // A time after the edit, so the change itself (which names the old marking) is not listed.
            String text = text(Briefings.of(desk).daily(Instant.now().plusSeconds(60)));

            assertThat(text).startsWith("RESTRICTED\n").contains("Page 1 of").doesNotContain("CONFIDENTIAL");
        }
    }

    @Test
    void anUnknownMissionIsNamedWithTheMissionsThatExist() throws Exception {
        try (Desk desk = open()) {
            assertThatThrownBy(() -> Briefings.of(desk).missionByCode("MONUC"))
                    .isInstanceOf(BriefException.class)
                    .hasMessageContaining("no mission \"MONUC\"")
                    .hasMessageContaining("MONUSCO, ");
        }
    }

    @Test
    void aDelegationIsFoundByCodeOrName() throws Exception {
        try (Desk desk = open()) {
            Briefings b = Briefings.of(desk);

            assertThat(text(b.delegationByName("ru"))).contains("Delegation brief: Russian Federation");
            assertThat(text(b.delegationByName("Russian Federation"))).contains("Delegation brief: Russian Federation");
            assertThatThrownBy(() -> b.delegationByName("Atlantis")).isInstanceOf(BriefException.class)
                    .hasMessageContaining("\"Atlantis\"").hasMessageContaining("RU (Russian Federation)");
        }
    }

    @Test
    void aScenarioThatDoesNotExistSaysThereAreNone() throws Exception {
        try (Desk desk = open()) {
            assertThatThrownBy(() -> Briefings.of(desk).scenarioByName("Half goes through"))
                    .isInstanceOf(BriefException.class).hasMessageContaining("there are none yet");
        }
    }

    @Test
    void theDailyBriefListsWhatWasChangedOnTheDeskSinceTheGivenTime() throws Exception {
        try (Desk desk = open()) {
            // the sample replays 26 Jun 2018: "since" is on the desk's clock (decision 0029)
            Instant before = desk.editor().deskClock().now().minusSeconds(5);
            Mission monusco = desk.data().missionByCode("MONUSCO").orElseThrow();
            Delegation eu = desk.data().delegations().stream().filter(d -> d.code().equals("EU")).findFirst()
                    .orElseThrow();
            new PositionEdits(desk.editor()).setStance(eu.id(), Item.mission(monusco.id()), Stance.OPPOSES, "");

            String since = text(Briefings.of(desk).daily(before));
            String later = text(Briefings.of(desk).daily(desk.editor().deskClock().now().plusSeconds(60)));

            String change = desk.editor().changesSince(before).get(0).description();
            assertThat(since).contains(change);
            assertThat(later).doesNotContain(change).contains("No change recorded since");
            // With no time given, the 24 hours before the desk's now: the replayed day, not the wall clock's.
            assertThat(text(Briefings.of(desk, desk.editor().deskClock().now()).daily(null))).contains(change);
        }
    }

    @Test
    void allGivesOneBriefPerMissionAndTheDailyBriefWithSafeFileNames() throws Exception {
        try (Desk desk = open()) {
            List<NamedSheet> all = Briefings.of(desk).all();

            assertThat(all).hasSize(desk.data().missions().size() + 1);
            assertThat(all.get(all.size() - 1).fileStem()).isEqualTo("daily-brief");
            assertThat(all).allSatisfy(n -> assertThat(n.fileStem()).matches("[A-Za-z0-9_-]+"));
            assertThat(all.stream().map(NamedSheet::fileStem)).contains("mission-MONUSCO").doesNotHaveDuplicates();
        }
        assertThat(Briefings.fileSafe("UN/MIK é")).isEqualTo("UN_MIK__");
    }
}
