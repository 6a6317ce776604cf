package org.parley.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.SortedList;
import org.parley.model.EventRules;
import org.parley.model.Negotiation;
import org.parley.model.TimelineEvent;
import org.parley.ui.common.Styles;

/**
 * The timeline pane's state and commands, free of the scene graph so it is tested with plain
 * JUnit. The app fills the events, range, deadline, zone and desk "now"; the view shows them and
 * turns gestures into the command methods ({@link #zoomIn()}, {@link #selectNext()}, ...).
 * Other panes read {@link #selectedEventProperty()} and write {@link #getHighlightedEventIds()}.
 */
public final class TimelineViewModel {

    /** A month is about 67 px: month ticks still fit their labels, and a year fits in about 790 px. */
    public static final double MIN_ZOOM = 0.09;
    /** Four pixels a minute: enough to tell apart meetings an hour apart. */
    public static final double MAX_ZOOM = 240;
    public static final double DEFAULT_ZOOM = 4;
    /** Each zoom step multiplies or divides the zoom by this. */
    public static final double ZOOM_STEP = 1.5;
    /** The axis runs on past the deadline: talks often "stop the clock" and run over. */
    public static final Duration AFTER_DEADLINE = Duration.ofDays(3);

    private static final Comparator<TimelineEvent> BY_TIME =
            Comparator.comparing(TimelineEvent::at).thenComparingLong(TimelineEvent::id);

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final SortedList<TimelineEvent> eventsInTimeOrder = new SortedList<>(events, BY_TIME);
    private final ReadOnlyObjectWrapper<Instant> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final ReadOnlyObjectWrapper<Instant> end = new ReadOnlyObjectWrapper<>(this, "end");
    private final ObjectProperty<Instant> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final ObjectProperty<Instant> deskNow = new SimpleObjectProperty<>(this, "deskNow");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final DoubleProperty zoom = new ClampedZoomProperty(this);
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableSet<Long> highlightedEventIds = FXCollections.observableSet();
    private final BooleanBinding atMaxZoom = Bindings.createBooleanBinding(() -> zoom.get() >= MAX_ZOOM, zoom);
    private final BooleanBinding atMinZoom = Bindings.createBooleanBinding(() -> zoom.get() <= MIN_ZOOM, zoom);
    private final EventMoves moves = new EventMoves(this);

    /** An empty timeline around today, until the app shows a negotiation. */
    public TimelineViewModel() {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        setRange(today.minus(Duration.ofDays(14)), today.plus(Duration.ofDays(14)));
        // A selection must be one of the events: an edited (or moved) event stays selected as
        // its new self; an event that is gone takes the selection with it.
        events.addListener((ListChangeListener<TimelineEvent>) change -> {
            TimelineEvent selected = getSelectedEvent();
            if (selected != null && !events.contains(selected)) {
                selectedEvent.set(events.stream().filter(e -> e.id() == selected.id()).findFirst().orElse(null));
            }
        });
    }

    /** Range from the session start to a few days after the deadline, deadline and zone of {@code n}. */
    public void showNegotiation(Negotiation n) {
        setRange(n.sessionStart(), n.deadline().plus(AFTER_DEADLINE));
        setDeadline(n.deadline());
        setZone(n.zone());
        moves.setWindow(EventRules.earliest(n), EventRules.latest(n));
    }

    /** Rescheduling by drag and keys, and opening an event's form; read only until the app sets actions. */
    public EventMoves moves() {
        return moves;
    }

    // --- data ---------------------------------------------------------------------------------

    public ObservableList<TimelineEvent> getEvents() {
        return events;
    }

    /** The events by time (ties by id): the order of keyboard selection. */
    public ObservableList<TimelineEvent> getEventsInTimeOrder() {
        return eventsInTimeOrder;
    }

    public void setRange(Instant newStart, Instant newEnd) {
        Objects.requireNonNull(newStart, "start");
        Objects.requireNonNull(newEnd, "end");
        if (!newStart.isBefore(newEnd)) {
            throw new IllegalArgumentException("the timeline must start before it ends");
        }
        start.set(newStart);
        end.set(newEnd);
    }

    public ReadOnlyObjectProperty<Instant> startProperty() {
        return start.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> endProperty() {
        return end.getReadOnlyProperty();
    }

    public Instant getStart() {
        return start.get();
    }

    public Instant getEnd() {
        return end.get();
    }

    /** Where the axis starts: the range start, or earlier if an event lies before it. */
    public Instant axisStart() {
        return eventsInTimeOrder.isEmpty() ? getStart() : min(getStart(), eventsInTimeOrder.get(0).at());
    }

    /** Where the axis ends: the range end, or later if an event lies after it. */
    public Instant axisEnd() {
        return eventsInTimeOrder.isEmpty() ? getEnd()
                : max(getEnd(), eventsInTimeOrder.get(eventsInTimeOrder.size() - 1).at());
    }

    /**
     * Where Fit ends: the deadline, the desk's now when it falls on the axis (a replay's date; not
     * a live clock years after the session) and the last event, whichever is latest; not the days
     * the axis runs on past the deadline. The whole axis when there is none of them.
     */
    public Instant fitEnd() {
        Instant end = null;
        if (!eventsInTimeOrder.isEmpty()) {
            end = eventsInTimeOrder.get(eventsInTimeOrder.size() - 1).at();
        }
        if (getDeadline() != null) {
            end = end == null ? getDeadline() : max(end, getDeadline());
        }
        Instant now = deskNow.get();
        if (now != null && !now.isBefore(axisStart()) && !now.isAfter(axisEnd())) {
            end = end == null ? now : max(end, now);
        }
        return end == null || !end.isAfter(axisStart()) ? axisEnd() : end;
    }

    /** The deadline drawn as a line, or null for none. */
    public ObjectProperty<Instant> deadlineProperty() {
        return deadline;
    }

    public Instant getDeadline() {
        return deadline.get();
    }

    public void setDeadline(Instant value) {
        deadline.set(value);
    }

    /** The desk date (replay) or now (live), drawn as a line; the app updates it every minute. */
    public ObjectProperty<Instant> deskNowProperty() {
        return deskNow;
    }

    public Instant getDeskNow() {
        return deskNow.get();
    }

    public void setDeskNow(Instant value) {
        deskNow.set(value);
    }

    /** The negotiation's zone: ticks fall and every time reads in it. */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ZoneId getZone() {
        return zone.get();
    }

    public void setZone(ZoneId value) {
        zone.set(Objects.requireNonNull(value, "zone"));
    }

    // --- zoom ---------------------------------------------------------------------------------

    /** Pixels per hour, kept within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}] whatever is set. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double pixelsPerHour) {
        zoom.set(pixelsPerHour);
    }

    public BooleanBinding atMaxZoomProperty() {
        return atMaxZoom;
    }

    public BooleanBinding atMinZoomProperty() {
        return atMinZoom;
    }

    public void zoomIn() {
        setZoom(getZoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(getZoom() / ZOOM_STEP);
    }

    /** Zooms so the whole axis fits {@code width} pixels (as far as the zoom limits allow). */
    public void zoomToFit(double width) {
        double hours = Duration.between(axisStart(), fitEnd()).toMillis() / 3_600_000.0;
        if (width > 0 && hours > 0) {
            setZoom(width / hours);
        }
    }

    // --- selection and highlight --------------------------------------------------------------

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    /** Selects {@code e}, one of the events, or clears the selection with null. */
    public void select(TimelineEvent e) {
        if (e != null && !events.contains(e)) {
            throw new IllegalArgumentException("not an event of this timeline: " + e.title());
        }
        selectedEvent.set(e);
    }

    /** The next event in time; the first when none is selected; stays on the last. */
    public void selectNext() {
        step(+1);
    }

    /** The previous event in time; the last when none is selected; stays on the first. */
    public void selectPrevious() {
        step(-1);
    }

    /** Event ids the app marks, e.g. those of the mission selected in another pane. */
    public ObservableSet<Long> getHighlightedEventIds() {
        return highlightedEventIds;
    }

    // --- text ---------------------------------------------------------------------------------

    /**
     * Several lines for a tooltip or the details pane: when (in the negotiation's zone), kind,
     * title, description if any, and the source or "Illustrative".
     */
    public String describe(TimelineEvent e) {
        List<String> lines = new ArrayList<>();
        if (!known(e)) {
            lines.add("Not yet known on the desk's date: known from " + TimeLabels.full(e.knownFrom(), getZone()));
        }
        lines.add(TimeLabels.full(e.at(), getZone()) + (e.timeIllustrative() ? " " + Styles.ILLUSTRATIVE_MARK : ""));
        if (e.timeIllustrative()) {
            lines.add(Styles.ILLUSTRATIVE_MARK + " Time: " + (e.provenance().illustrative()
                    ? "illustrative, as the event is" : e.timing().label()));
        }
        lines.add(capitalise(e.kind().label()));
        lines.add(e.title());
        if (!e.description().isEmpty()) {
            lines.add(e.description());
        }
        lines.add(provenanceLine(e));
        return String.join("\n", lines);
    }

    /**
     * Whether the desk knows {@code e} at its "now": an outcome dated after it (an adoption, an
     * agreement) is not known yet (decision 0024). Without a desk "now", everything is known.
     */
    public boolean known(TimelineEvent e) {
        Instant now = getDeskNow();
        return now == null || e.knownAt(now);
    }

    private static String provenanceLine(TimelineEvent e) {
        if (e.provenance().illustrative()) {
            String note = e.provenance().source();
            return note.isEmpty() ? "Illustrative" : "Illustrative (" + note + ")";
        }
        return "Source: " + e.provenance().source();
    }

    private void step(int direction) {
        if (eventsInTimeOrder.isEmpty()) {
            return;
        }
        int last = eventsInTimeOrder.size() - 1;
        int current = eventsInTimeOrder.indexOf(getSelectedEvent());
        int next = current < 0 ? (direction > 0 ? 0 : last) : Math.max(0, Math.min(last, current + direction));
        selectedEvent.set(eventsInTimeOrder.get(next));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Clamps on every write, including bidirectional bindings (which write through set). */
    private static final class ClampedZoomProperty extends SimpleDoubleProperty {

        ClampedZoomProperty(Object bean) {
            super(bean, "zoom", DEFAULT_ZOOM);
        }

        @Override
        public void set(double value) {
            super.set(Double.isNaN(value) ? get() : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        }
    }
}
