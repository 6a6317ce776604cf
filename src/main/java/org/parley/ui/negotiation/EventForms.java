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

import org.parley.model.Countdown;
import org.parley.model.EventKind;
import org.parley.model.EventRules;
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
                adding ? EventKind.INFORMAL_CONSULTATION : e.kind(), EventKind::label, "What kind of event");
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
        return form.dialog(owner, adding ? "Add" : "Save", () -> new TimelineEvent(adding ? 0 : e.id(),
                Inputs.dateTime(EventRules.WHEN, when.getText(), zone, new ArrayList<>()), title.getText(),
                kind.getValue(), description.getText(), source.provenance(),
                new HashSet<>(CodeLists.missions(MISSIONS, missions.getText(), data, new ArrayList<>())),
                new HashSet<>(CodeLists.proposals(PROPOSALS, proposals.getText(), data, new ArrayList<>()))));
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
                "Date and time in " + Countdown.zoneCity(data.negotiation().zone()) + " time, e.g. 2018-06-26 16:00");
    }

    private static String zoneNote(NegotiationData data) {
        return "Times are " + Countdown.zoneCity(data.negotiation().zone()) + " time, e.g. 2018-06-26 16:00.";
    }
}
