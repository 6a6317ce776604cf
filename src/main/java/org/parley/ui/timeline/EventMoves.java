package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.parley.model.TimelineEvent;

/**
 * Rescheduling on the timeline, free of the scene graph: where a drag or Alt+arrow takes an event
 * (snapped by {@link SnapUnit}, kept inside the negotiation) and handing the move to the app's
 * {@link TimelineActions}.
 */
public final class EventMoves {

    private final TimelineViewModel vm;
    private TimelineActions actions;
    private Instant earliest;
    private Instant latest;

    EventMoves(TimelineViewModel vm) {
        this.vm = vm;
    }

    /** Makes the timeline editable; null makes it read only again. */
    public void setActions(TimelineActions actions) {
        this.actions = actions;
    }

    public boolean isEnabled() {
        return actions != null;
    }

    /** Where events may go (both included); null for no bound. */
    public void setWindow(Instant earliest, Instant latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /** The snap unit at the current zoom. */
    public SnapUnit unit() {
        return SnapUnit.forZoom(vm.getZoom());
    }

    /**
     * Where an event at {@code at} lands when dragged {@code dx} pixels along {@code scale}:
     * the pointer's travel mapped to time through the scale, then snapped and kept inside.
     */
    public Instant dragTarget(Instant at, double dx, TimeScale scale) {
        Instant raw = scale.instantAt(scale.xOf(at) + dx);
        SnapUnit unit = SnapUnit.forZoom(scale.pixelsPerHour());
        return inside(at, unit.snap(at, raw, scale.zone()), unit, scale.zone());
    }

    /** Where Alt+arrow takes an event at {@code at}: {@code steps} snap units on, kept inside. */
    public Instant nudgeTarget(Instant at, int steps) {
        SnapUnit unit = unit();
        return inside(at, unit.step(at, steps, vm.getZone()), unit, vm.getZone());
    }

    /** Moves the selected event by {@code steps} snap units; false when nothing moved. */
    public boolean nudgeSelected(int steps) {
        TimelineEvent e = vm.getSelectedEvent();
        return e != null && moveTo(e, nudgeTarget(e.at(), steps));
    }

    /** Asks the app to move {@code e} to {@code to}; false when read only, unmoved or refused. */
    public boolean moveTo(TimelineEvent e, Instant to) {
        if (actions == null || e.at().equals(to)) {
            return false;
        }
        return actions.reschedule(e, to);
    }

    /** Opens the selected event's form, if the timeline is editable and an event is selected. */
    public void editSelected() {
        TimelineEvent e = vm.getSelectedEvent();
        if (actions != null && e != null) {
            actions.edit(e);
        }
    }

    void edit(TimelineEvent e) {
        if (actions != null) {
            actions.edit(Objects.requireNonNull(e));
        }
    }

    /**
     * {@code target} if inside the window; else stepped back towards {@code original} by whole
     * units until it is (so a day move keeps its time of day); else {@code original}.
     */
    private Instant inside(Instant original, Instant target, SnapUnit unit, ZoneId zone) {
        Instant t = target;
        int guard = 0;
        while (t != null && guard++ < 10_000) {
            if (earliest != null && t.isBefore(earliest)) {
                t = original.isBefore(earliest) ? null : unit.step(t, 1, zone);
            } else if (latest != null && t.isAfter(latest)) {
                t = original.isAfter(latest) ? null : unit.step(t, -1, zone);
            } else {
                return t;
            }
        }
        return original;
    }
}
