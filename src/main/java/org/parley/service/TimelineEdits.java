package org.parley.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.parley.model.DeskTimes;
import org.parley.model.EventRules;
import org.parley.model.TimelineEvent;
import org.parley.store.NewIds;

/**
 * The gestures on timeline events: add, edit, delete and reschedule (a drag on the timeline,
 * Alt+arrow or the Reschedule form). Each is one {@link ChangeSet} through the {@link Editor}:
 * one transaction, one undo. Times outside the negotiation ({@link EventRules}) are refused.
 * Nothing else refers to an event, so deleting one takes nothing with it.
 */
public final class TimelineEdits {


    private final Editor editor;

    public TimelineEdits(Editor editor) {
        this.editor = editor;
    }

    /** Adds an event; {@code draft}'s id is replaced. Returns the new id. */
    public long addEvent(TimelineEvent draft) throws EditException {
        check(draft);
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.EVENT);
        TimelineEvent e = new TimelineEvent(id, draft.at(), draft.title(), draft.kind(), draft.description(),
                draft.provenance(), draft.missionIds(), draft.proposalIds(), draft.timing(), draft.knownFrom());
        editor.apply(editor.edit().create(Part.EVENTS, e)
                .build("Add event", "Add event \"" + e.title() + "\" on " + shown(e.at())));
        return id;
    }

    public void updateEvent(TimelineEvent edited) throws EditException {
        TimelineEvent now = event(edited.id());
        check(edited);
        if (now.equals(edited)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "title", now.title(), edited.title());
        EditTexts.field(parts, "moved " + moved(now.at(), edited.at()), now.at(), edited.at());
        EditTexts.field(parts, "kind " + edited.kind().label(), now.kind(), edited.kind());
        EditTexts.field(parts, "description", now.description(), edited.description());
        EditTexts.field(parts, "source", now.provenance(), edited.provenance());
        EditTexts.field(parts, "missions", now.missionIds(), edited.missionIds());
        EditTexts.field(parts, "proposals", now.proposalIds(), edited.proposalIds());
        EditTexts.field(parts, "time " + edited.timing().label(), now.timing(), edited.timing());
        EditTexts.field(parts, edited.knownFrom() == null ? "known in advance" : "known once it happens",
                now.knownFrom(), edited.knownFrom());
        editor.apply(editor.edit().update(Part.EVENTS, edited)
                .build("Edit event", EditTexts.joined("Edit event \"" + now.title() + "\"", parts)));
    }

    public void deleteEvent(long id) throws EditException {
        TimelineEvent e = event(id);
        editor.apply(editor.edit().delete(Part.EVENTS, e)
                .build("Delete event", "Delete event \"" + e.title() + "\" of " + shown(e.at())));
    }

    /**
     * Moves an event to another time: "Reschedule event "Informals on UNMISS" from 26 Jun 10:00
     * to 12:00". Moving it to where it is does nothing (no gesture, nothing to undo).
     */
    public void reschedule(long eventId, Instant to) throws EditException {
        TimelineEvent e = event(eventId);
        EditTexts.refuseIf(EventRules.when(to, editor.data().negotiation()));
        if (e.at().equals(to)) {
            return;
        }
        TimelineEvent moved = e.movedTo(to);
        editor.apply(editor.edit().update(Part.EVENTS, moved)
                .build("Reschedule event", "Reschedule event \"" + e.title() + "\" " + moved(e.at(), to)));
    }

    private void check(TimelineEvent e) {
        EditTexts.refuseIf(EventRules.event(e.title(), e.at(), editor.data().negotiation()));
    }

    private TimelineEvent event(long id) {
        return editor.data().event(id).orElseThrow(() -> ProposalEdits.unknown("event", id));
    }

    /** "from 26 Jun 2018 10:00 to 12:00" on the same day, "from 26 Jun 2018 10:00 to 27 Jun 2018 10:00" otherwise. */
    private String moved(Instant from, Instant to) {
        ZoneId zone = editor.data().negotiation().zone();
        boolean sameDay = DeskTimes.date(from, zone).equals(DeskTimes.date(to, zone));
        return "from " + DeskTimes.dateTime(from, zone) + " to " + (sameDay ? DeskTimes.time(to, zone) : DeskTimes.dateTime(to, zone));
    }

    private String shown(Instant at) {
        return DeskTimes.dateTime(at, editor.data().negotiation().zone());
    }
}
