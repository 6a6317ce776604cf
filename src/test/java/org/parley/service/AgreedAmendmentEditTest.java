package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.CompromiseStatus;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Target;

/**
 * An amendment edited while a compromise on it stands agreed: the agreement's figures follow the
 * amendment, so taking the agreement back later gives back exactly what it took, where it took it.
 */
class AgreedAmendmentEditTest {

    @TempDir
    Path dir;

    @Test
    void retargetingAnAgreedAmendment_movesTheAgreementWithIt_andTakingItBackRestoresBothLines() throws Exception {
        try (SampleDesk desk = new SampleDesk(dir)) {
            Amendment a = desk.amendment("RU", "MONUSCO / Human rights");
            Mission monusco = desk.mission("MONUSCO");
            long hr = a.target().lineId();
            BudgetLine other = monusco.lines().stream()
                    .filter(l -> l.id() != hr && l.baselines().reference().isPresent()).findFirst().orElseThrow();
            long hrBefore = current(desk.editor.data(), monusco.id(), hr);
            long otherBefore = current(desk.editor.data(), monusco.id(), other.id());
            CompromiseEdits compromises = new CompromiseEdits(desk.editor);
            long id = compromises.add(a.id(), "A quarter", 2_500, "EG", SampleDesk.NOW, CompromiseStatus.AGREED_AD_REF);
            Map<String, List<String>> agreed = desk.dump();

            new ProposalEdits(desk.editor).updateAmendment(new Amendment(a.id(), Target.line(monusco.id(), other.id()),
                    a.kind(), a.value(), a.rationale(), a.provenance()));

            NegotiationData moved = desk.reload();
            assertThat(current(moved, monusco.id(), hr)).as("the line the agreement no longer aims at").isEqualTo(hrBefore);
            assertThat(current(moved, monusco.id(), other.id())).as("the line it aims at now, a quarter less")
                    .isEqualTo(otherBefore - (otherBefore * 2_500 + 5_000) / 10_000);
            compromises.setStatus(id, CompromiseStatus.REJECTED);
            NegotiationData taken = desk.reload();
            assertThat(current(taken, monusco.id(), hr)).isEqualTo(hrBefore);
            assertThat(current(taken, monusco.id(), other.id())).isEqualTo(otherBefore);
            desk.editor.undo();
            desk.editor.undo();
            assertThat(desk.dump()).isEqualTo(agreed);
        }
    }

    @Test
    void repricingAPostAnAgreementAbolishes_movesTheAgreementWithIt_andTakingItBackRestoresTheLine() throws Exception {
        try (SampleDesk desk = new SampleDesk(dir)) {
            Amendment a = desk.editor.data().proposals().stream().flatMap(p -> p.amendments().stream())
                    .filter(x -> x.kind() == AmendmentKind.ABOLISH_POSTS).findFirst().orElseThrow();
            Target t = a.target();
            long lineBefore = current(desk.editor.data(), t.missionId(), t.lineId());
            CompromiseEdits compromises = new CompromiseEdits(desk.editor);
            long id = compromises.add(a.id(), "One post", 1, "EG", SampleDesk.NOW, CompromiseStatus.AGREED_AD_REF);
            Post post = desk.editor.data().post(t).orElseThrow();
            long dearer = post.annualCost().usd() + 50_000;

            new BudgetEdits(desk.editor).updatePost(t.lineId(), new Post(post.id(), post.title(), post.grade(),
                    post.count(), post.status(), new Figure(dearer, post.annualCost().provenance()),
                    post.countProvenance()));

            assertThat(current(desk.reload(), t.missionId(), t.lineId())).as("one post at its new cost")
                    .isEqualTo(lineBefore - dearer);
            compromises.setStatus(id, CompromiseStatus.REJECTED);
            assertThat(current(desk.reload(), t.missionId(), t.lineId())).isEqualTo(lineBefore);
        }
    }

    private static long current(NegotiationData d, long missionId, long lineId) {
        return d.line(missionId, lineId).orElseThrow().baselines().reference().map(Figure::usd).orElseThrow();
    }
}
