package org.parley.ui.negotiation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.parley.model.BudgetLine;
import org.parley.model.EventRules;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.TimelineEvent;
import org.parley.ui.timeline.TimelineActions;

/**
 * Opens the right form for a gesture and applies what it gives through {@link NegotiationEditing}.
 * Things are named by id and looked up in the negotiation as it stands, so a form never edits a
 * stale copy. Also the timeline's {@link TimelineActions}: a drop reschedules, a double-click edits.
 */
public final class NegotiationForms implements TimelineActions {

    private final NegotiationEditing editing;
    private final Supplier<Window> owner;

    public NegotiationForms(NegotiationEditing editing, Supplier<Window> owner) {
        this.editing = editing;
        this.owner = owner;
    }

    public NegotiationEditing editing() {
        return editing;
    }

    /** The Negotiation details… form: title, body and classification marking. */
    public void editDetails() {
        NegotiationDetailsForm.dialog(owner.get(), data().negotiation()).showAndWait()
                .ifPresent(d -> editing.updateDetails(d.title(), d.body(), d.marking()));
    }

    public void editMission(long missionId) {
        mission(missionId).ifPresent(m -> MissionForms.mission(owner.get(), m, data()).showAndWait()
                .ifPresent(editing::updateMission));
    }

    public void addMission() {
        MissionForms.newMission(owner.get(), data()).showAndWait().ifPresent(editing::addMission);
    }

    /** Our talking points on a mission, with their history; Save is one gesture. */
    public void talkingPoints(long missionId) {
        mission(missionId).ifPresent(m -> TalkingPointsDialog.of(owner.get(), m.code(), TalkingPointsHistory.of(
                data().talkingPoints(m.id()), data().negotiation().zone())).showAndWait()
                .ifPresent(text -> editing.saveTalkingPoints(m.id(), text)));
    }

    public void deleteMission(long missionId) {
        mission(missionId).ifPresent(editing::deleteMission);
    }

    public void addLine(long missionId) {
        mission(missionId).ifPresent(m -> MissionForms.line(owner.get(), m, null, data()).showAndWait()
                .ifPresent(l -> editing.addLine(m.id(), l)));
    }

    public void editLine(long lineId) {
        data().missionOfLine(lineId).ifPresent(m -> line(m, lineId).ifPresent(l ->
                MissionForms.line(owner.get(), m, l, data()).showAndWait().ifPresent(editing::updateLine)));
    }

    public void deleteLine(long lineId) {
        data().missionOfLine(lineId).ifPresent(m -> line(m, lineId).ifPresent(l -> editing.deleteLine(m, l)));
    }

    public void addPost(long lineId) {
        data().missionOfLine(lineId).ifPresent(m -> line(m, lineId).ifPresent(l ->
                MissionForms.post(owner.get(), m, l, null).showAndWait().ifPresent(p -> editing.addPost(l.id(), p))));
    }

    public void editPost(long lineId, long postId) {
        data().missionOfLine(lineId).ifPresent(m -> line(m, lineId).ifPresent(l -> post(l, postId).ifPresent(p ->
                MissionForms.post(owner.get(), m, l, p).showAndWait()
                        .ifPresent(edited -> editing.updatePost(l.id(), edited)))));
    }

    public void deletePost(long lineId, long postId) {
        data().missionOfLine(lineId).ifPresent(m -> line(m, lineId).ifPresent(l -> post(l, postId)
                .ifPresent(p -> editing.deletePost(l.id(), p))));
    }

    public void delegations() {
        DelegationsDialog.create(editing, owner.get()).showAndWait();
    }

    /** A new event, proposed at the next whole hour after {@code near} (kept inside the negotiation). */
    public void newEvent(Instant near) {
        Negotiation n = data().negotiation();
        Instant at = near == null ? n.sessionStart() : near.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        if (at.isBefore(EventRules.earliest(n)) || at.isAfter(EventRules.latest(n))) {
            at = n.sessionStart();
        }
        EventForms.event(owner.get(), null, at, data()).showAndWait().ifPresent(editing::addEvent);
    }

    @Override
    public void edit(TimelineEvent event) {
        data().event(event.id()).ifPresent(e -> EventForms.event(owner.get(), e, null, data()).showAndWait()
                .ifPresent(editing::updateEvent));
    }

    /** The Reschedule… form: an exact time for the event. */
    public void rescheduleExactly(TimelineEvent event) {
        data().event(event.id()).ifPresent(e -> EventForms.reschedule(owner.get(), e, data()).showAndWait()
                .ifPresent(to -> editing.reschedule(e, to)));
    }

    public void deleteEvent(TimelineEvent event) {
        data().event(event.id()).ifPresent(editing::deleteEvent);
    }

    @Override
    public boolean reschedule(TimelineEvent event, Instant to) {
        return data().event(event.id()).map(e -> editing.reschedule(e, to)).orElse(false);
    }

    private NegotiationData data() {
        return editing.data();
    }

    private Optional<Mission> mission(long id) {
        return data().mission(id);
    }

    private static Optional<BudgetLine> line(Mission m, long lineId) {
        return m.lines().stream().filter(l -> l.id() == lineId).findFirst();
    }

    private static Optional<Post> post(BudgetLine l, long postId) {
        return l.posts().stream().filter(p -> p.id() == postId).findFirst();
    }
}
