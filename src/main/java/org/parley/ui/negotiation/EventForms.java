package org.parley.ui.negotiation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.DeskTimes;
import org.parley.model.EventKind;
import org.parley.model.EventRules;
import org.parley.model.EventTiming;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.TimelineEvent;
import org.parley.ui.forms.Form;
import org.parley.ui.forms.Inputs;
import org.parley.ui.forms.ProvenanceFields;

/** The forms for a timeline event and for rescheduling one to an exact time, checked against {@link EventRules}. */
final class EventForms {

    static final String MISSIONS = "Missions";
    static final String PROPOSALS = "Proposals";
    static final String SCHEDULED = "in advance (a scheduled meeting, a deadline)";
    static final String OUTCOME = "only once it happens (an outcome: adoption, agreement, report)";

    private EventForms() {
    }

    /** {@code e} null for a new event at {@code at} (result id 0). */
    static Dialog<TimelineEvent> event(Window owner, TimelineEvent e, Instant at, NegotiationData data) {
        boolean adding = e == null;
        ZoneId zone = data.negotiation().zone();
        Form form = new Form(adding ? "New event" : "Edit event").intro(zoneNote(data));
        TextField title = form.text(EventRules.TITLE, adding ? "" : e.title(), "What, in a few words");
        TextField when = whenField(form, adding ? at : e.at(), data);
        ComboBox<EventKind> kind = form.choice("Kind", List.of(EventKind.values()),
                adding ? EventKind.INFORMAL_CONSULTATIONS : e.kind(), EventKind::label, "What kind of event");
        ComboBox<EventTiming> timing = form.choice("Time is", List.of(EventTiming.values()),
                adding ? EventTiming.STATED : e.timing(), EventTiming::label,
                "Whether the date and hour are as recorded, or chosen because the source gives less");
        ComboBox<Boolean> outcome = form.choice("Known", List.of(false, true),
                !adding && e.knownFrom() != null, o -> o ? OUTCOME : SCHEDULED,
                "An outcome (an adoption, an agreement) is not known before it happens: a replay hides it until then");
        TextArea description = form.area("Description", adding ? "" : e.description(), "More detail (may be empty)");
        TextField missions = form.text(MISSIONS, adding ? "" : CodeLists.missionCodes(e.missionIds(), data),
                "The missions it concerns, by code: e.g. UNMISS, MONUSCO");
        TextField proposals = form.text(PROPOSALS, adding ? "" : CodeLists.proposalRefs(e.proposalIds(), data),
                "The proposals it concerns, e.g. RU-1, CN-1:\n" + CodeLists.proposalIndex(data));
        ProvenanceFields source = new ProvenanceFields(form, "Source", "Source is",
                adding ? null : e.provenance());
        form.rules(() -> {
            List<Problem> reading = new ArrayList<>();
            Instant t = Inputs.dateTime(EventRules.WHEN, when.getText(), zone, reading);
            CodeLists.missions(MISSIONS, missions.getText(), data, reading);
            CodeLists.proposals(PROPOSALS, proposals.getText(), data, reading);
            List<Problem> rules = new ArrayList<>(EventRules.event(title.getText(), t, data.negotiation()));
            rules.addAll(source.problems());
            return Inputs.merge(reading, rules);
        });
        return form.dialog(owner, adding ? "Add" : "Save", () -> {
            Instant typed = Inputs.dateTime(EventRules.WHEN, when.getText(), zone, new ArrayList<>());
            return new TimelineEvent(adding ? 0 : e.id(), typed, title.getText(),
                    kind.getValue(), description.getText(), source.provenance(),
                    new HashSet<>(CodeLists.missions(MISSIONS, missions.getText(), data, new ArrayList<>())),
                    new HashSet<>(CodeLists.proposals(PROPOSALS, proposals.getText(), data, new ArrayList<>())),
                    timing.getValue(), knownFrom(e, typed, Boolean.TRUE.equals(outcome.getValue())));
        });
    }

    /**
     * From when an edited event is known: null when known in advance; else from when it happens,
     * or, for one known later (a report), as rescheduling keeps it.
     */
    static Instant knownFrom(TimelineEvent before, Instant at, boolean outcome) {
        if (!outcome) {
            return null;
        }
        if (before == null || before.knownFrom() == null) {
            return at;
        }
        return before.movedTo(at).knownFrom();
    }

    /** Just the time, for an exact move; the result is the new time. */
    static Dialog<Instant> reschedule(Window owner, TimelineEvent e, NegotiationData data) {
        ZoneId zone = data.negotiation().zone();
        Form form = new Form("Reschedule \"" + e.title() + "\"").intro(zoneNote(data));
        TextField when = whenField(form, e.at(), data);
        form.rules(() -> {
            List<Problem> reading = new ArrayList<>();
            Instant t = Inputs.dateTime(EventRules.WHEN, when.getText(), zone, reading);
            return Inputs.merge(reading, EventRules.when(t, data.negotiation()));
        });
        return form.dialog(owner, "Reschedule", () -> Inputs.dateTime(EventRules.WHEN, when.getText(), zone,
                new ArrayList<>()));
    }

    private static TextField whenField(Form form, Instant at, NegotiationData data) {
        return form.text(EventRules.WHEN, at == null ? "" : Inputs.dateTimeText(at, data.negotiation().zone()),
                "Date and time in " + DeskTimes.zoneName(data.negotiation().zone()) + " time, e.g. 26 Jun 2018 16:00");
    }

    private static String zoneNote(NegotiationData data) {
        return "Times are " + DeskTimes.zoneName(data.negotiation().zone()) + " time, e.g. 26 Jun 2018 16:00.";
    }
}
