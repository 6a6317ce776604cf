package org.parley.ui.compromises;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.AmendmentValueInput;
import org.parley.model.Compromise;
import org.parley.model.CompromiseRules;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.DeskTimes;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Negotiation;
import org.parley.model.Problem;
import org.parley.model.Refused;
import org.parley.service.CompromiseEdits;
import org.parley.service.Editor;
import javafx.stage.Window;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.forms.Inputs;

/**
 * The compromises list: the candidate outcomes of the amendment selected in the proposals pane
 * (or of all amendments, filtered by mission), the form's rules and reading of its fields, and
 * the gestures: add, edit, delete, move along (floated … agreed ad ref).
 */
public final class CompromisesViewModel {


    /**
     * A compromise as the form gives it, checked and read.
     *
     * @param value in the amendment kind's unit
     */
    public record Draft(long amendmentId, String description, long value, String floatedBy, Instant floatedAt,
                        CompromiseStatus status) {
    }

    private final DeskEditing editing;
    private final CompromiseEdits edits;
    private final Supplier<Instant> deskNow;
    private final ObservableList<CompromiseRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Long> followedAmendment = new SimpleObjectProperty<>(this, "followedAmendment");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ObjectProperty<Mission> missionFilter = new SimpleObjectProperty<>(this, "missionFilter");
    private final ObservableList<Mission> missionChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private NegotiationData data;

    /** @param deskNow the desk's "now", the default date of a new compromise */
    public CompromisesViewModel(DeskEditing editing, Supplier<Instant> deskNow) {
        this.editing = editing;
        this.edits = new CompromiseEdits(editing.editor());
        this.deskNow = deskNow;
        followedAmendment.addListener(o -> refresh());
        follow.addListener(o -> refresh());
        missionFilter.addListener(o -> refresh());
        setData(editing.editor().data());
    }

    /** A gesture was applied (done, undone, redone): the desk session calls this from the editor. */
    public void onApplied(Editor.Applied applied) {
        setData(applied.data());
    }

    private void setData(NegotiationData next) {
        data = next;
        missionChoices.setAll(next.missions());
        missionFilter.set(missionFilter.get() == null ? null : next.mission(missionFilter.get().id()).orElse(null));
        refresh();
    }

    private void refresh() {
        Optional<Amendment> followed = followed();
        Mission only = missionFilter.get();
        List<CompromiseRow> list = new ArrayList<>();
        for (Compromise c : data.compromises()) {
            Amendment a = data.amendment(c.amendmentId()).orElseThrow();
            boolean shown = followed.isPresent() ? a.id() == followed.get().id()
                    : only == null || a.target().touchesMission(only.id());
            if (shown) {
                list.add(new CompromiseRow(c, amendmentName(a), valueText(a, c.value()), whenText(c.floatedAt())));
            }
        }
        list.sort(Comparator.comparing((CompromiseRow r) -> r.compromise().floatedAt()).thenComparing(CompromiseRow::id));
        rows.setAll(list);
        heading.set(followed.map(a -> "Compromises on " + amendmentName(a))
                .orElse(only == null ? "All compromises" : "Compromises on " + only.code()));
    }

    private Optional<Amendment> followed() {
        Long id = followedAmendment.get();
        return follow.get() && id != null ? data.amendment(id) : Optional.empty();
    }

    /** The amendments on the table a compromise can be about. */
    public List<Amendment> amendmentChoices() {
        return data.proposals().stream().filter(data::counts)
                .flatMap(p -> p.amendments().stream()).toList();
    }

    /** The amendment a new compromise is about by default: the one followed, else the first. */
    public Optional<Amendment> defaultAmendment() {
        return followedAmendment.get() != null ? data.amendment(followedAmendment.get())
                : amendmentChoices().stream().findFirst();
    }

    /**
     * "RU −50% MONUSCO / Human rights"; "… (superseded)" when its proposal was revised: the
     * compromise stays on the old text, and an open one was floated again on the revision (0027).
     */
    public String amendmentName(Amendment a) {
        var proposal = data.proposalOfAmendment(a.id());
        String who = proposal.flatMap(p -> data.delegation(p.delegationId())).map(Delegation::code).orElse("?");
        String superseded = proposal.filter(p -> data.isSuperseded(p.id())).isPresent() ? " (superseded)" : "";
        return who + " " + AmendmentText.value(a) + " " + data.describe(a) + superseded;
    }

    /** "−25% instead of −50%"; "none instead of −1 post" for an outcome that keeps everything. */
    public static String valueText(Amendment a, long value) {
        return (value == 0 ? "none" : AmendmentText.value(a.kind(), value)) + " instead of " + AmendmentText.value(a);
    }

    /** The unit the value field takes, for its tooltip. */
    public static String unitHint(Amendment a) {
        return switch (a.kind()) {
            case PERCENT_CUT -> "A percentage between 0 and 100, e.g. 25";
            case ABOLISH_POSTS -> "Posts abolished, at most " + a.value() + "; 0 keeps them all";
            default -> "Whole US dollars, e.g. 1,250,000 or $2.5M";
        };
    }

    public String whenText(Instant at) {
        return DeskTimes.dateTime(at, data.negotiation().zone());
    }

    /** The date a new compromise gets, as the form's field reads it: the desk's now, inside the negotiation. */
    public String defaultWhen() {
        Negotiation n = data.negotiation();
        Instant now = deskNow.get();
        Instant at = now.isBefore(n.sessionStart()) ? n.sessionStart() : now.isAfter(n.deadline()) ? n.deadline() : now;
        return inputWhen(at);
    }

    /** A date as the form's field reads it: "26 Jun 2018 16:00" in the negotiation's zone. */
    public String inputWhen(Instant at) {
        return Inputs.dateTimeText(at, data.negotiation().zone());
    }

    /** The form's problems, named by field: what cannot be read, then the compromise rules. */
    public List<Problem> problems(Amendment a, String description, String valueText, String whenText) {
        if (a == null) {
            return List.of(new Problem("Amendment", "required: which amendment the compromise is about"));
        }
        List<Problem> reading = new ArrayList<>();
        long value = 0;
        try {
            value = AmendmentValueInput.parse(a.kind(), valueText);
        } catch (Refused e) {
            reading.add(new Problem(CompromiseRules.VALUE, e.getMessage()));
        }
        Instant when = Inputs.dateTime(CompromiseRules.FLOATED_ON, whenText, data.negotiation().zone(), reading);
        return Inputs.merge(reading, CompromiseRules.check(data.negotiation(), a, description, value, when));
    }

    /** The form's fields as a draft; call only when {@link #problems} finds none. */
    public Draft draft(Amendment a, String description, String valueText, String floatedBy, String whenText,
                       CompromiseStatus status) {
        Instant when = Inputs.dateTime(CompromiseRules.FLOATED_ON, whenText, data.negotiation().zone(),
                new ArrayList<>());
        return new Draft(a.id(), description, AmendmentValueInput.parse(a.kind(), valueText), floatedBy,
                Objects.requireNonNull(when, "floated on"), status);
    }

    public boolean add(Draft d) {
        return editing.run("Add compromise", () -> edits.add(d.amendmentId(), d.description(), d.value(),
                d.floatedBy(), d.floatedAt(), d.status()));
    }

    public boolean update(long id, Draft d) {
        return editing.run("Edit compromise", () -> edits.update(new Compromise(id, d.amendmentId(), d.description(),
                d.value(), d.floatedBy(), d.floatedAt(), d.status())));
    }

    public boolean setStatus(long id, CompromiseStatus status) {
        return editing.run("Set compromise status", () -> edits.setStatus(id, status));
    }

    /** {@link #setStatus(long, CompromiseStatus)} by the status's name, as {@link #statusNames} gives it. */
    public boolean setStatus(long id, String statusName) {
        return setStatus(id, CompromiseStatus.valueOf(statusName));
    }

    /** The statuses a compromise moves through, by name, in order. */
    public static List<String> statusNames() {
        return java.util.Arrays.stream(CompromiseStatus.values()).map(Enum::name).toList();
    }

    /** "agreed ad ref" for {@code AGREED_AD_REF}; empty for null. */
    public static String statusLabel(String statusName) {
        return statusName == null ? "" : CompromiseStatus.valueOf(statusName).label();
    }

    /** How the mission filter names a choice: its code. */
    public static java.util.function.Function<Mission, String> missionChoiceName() {
        return Mission::code;
    }

    /** Deletes after asking; says when an agreement is taken back with it. */
    public boolean delete(long id) {
        Compromise c = data.compromise(id).orElse(null);
        if (c == null) {
            return false;
        }
        String detail = "On " + data.describe(Item.amendment(c.amendmentId())) + "."
                + (c.status() == CompromiseStatus.AGREED_AD_REF
                ? " It is agreed ad ref: its mission's figures are given back." : "")
                + " Scenarios that adopt it drop it. Undo brings it all back.";
        if (!editing.dialogs().confirm("Delete compromise", "Delete the compromise \"" + c.description() + "\"?",
                detail)) {
            return false;
        }
        return editing.run("Delete compromise", () -> edits.delete(id));
    }

    /** Asks {@code form} for the compromise's new fields; empty when it is gone or the form is cancelled. */
    Optional<Draft> edit(Window owner, long id, CompromiseForm form) {
        return compromise(id).flatMap(c -> form.edit(owner, c));
    }

    public Optional<Compromise> compromise(long id) {
        return data.compromise(id);
    }

    public Optional<Amendment> amendment(long id) {
        return data.amendment(id);
    }

    public ObservableList<CompromiseRow> getRows() {
        return rows;
    }

    /** The amendment selected in the proposals pane (null: none). */
    public ObjectProperty<Long> followedAmendmentProperty() {
        return followedAmendment;
    }

    /** Whether the list follows that amendment, or lists all (by mission). */
    public BooleanProperty followProperty() {
        return follow;
    }

    public ObjectProperty<Mission> missionFilterProperty() {
        return missionFilter;
    }

    public ObservableList<Mission> getMissionChoices() {
        return missionChoices;
    }

    /** "Compromises on RU −50% MONUSCO / Human rights", "All compromises". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
