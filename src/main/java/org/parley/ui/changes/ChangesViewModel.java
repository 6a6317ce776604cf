package org.parley.ui.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parley.model.ChangeRecord;
import org.parley.model.DeskTimes;
import org.parley.service.EditException;
import org.parley.service.Editor;

/**
 * "What changed since…": the change history of the negotiation from a chosen time, by default
 * yesterday 18:00 in the negotiation's zone (the morning triage question), "yesterday" on the desk's
 * clock: in a replay, the day before the replayed date. A change made in a replay is listed at
 * its desk time and says when it was made (decision 0029).
 */
public final class ChangesViewModel {

    /** One line of the list. */
    public record Row(String when, String description) {
    }

    private final Editor editor;
    private final ZoneId zone;
    private final ObjectProperty<ZonedDateTime> since = new SimpleObjectProperty<>(this, "since");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ChangesViewModel(Editor editor) {
        this.editor = editor;
        this.zone = editor.data().negotiation().zone();
        since.set(defaultSince(editor.deskClock().now(), zone));
        since.addListener((obs, old, now) -> reload());
        reload();
    }

    /** A gesture was applied (done, undone, redone): the desk session calls this from the editor. */
    public void onApplied(Editor.Applied applied) {
        reload();
    }

    /** Yesterday 18:00 in the zone, seen from {@code now}. */
    public static ZonedDateTime defaultSince(Instant now, ZoneId zone) {
        LocalDate yesterday = now.atZone(zone).toLocalDate().minusDays(1);
        return ZonedDateTime.of(yesterday, LocalTime.of(18, 0), zone);
    }

    public ObjectProperty<ZonedDateTime> sinceProperty() {
        return since;
    }

    /** Sets the start of the list from a date and a time of day in the negotiation's zone. */
    public void setSince(LocalDate date, LocalTime time) {
        since.set(ZonedDateTime.of(date, time, zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public ObservableList<Row> getRows() {
        return rows;
    }

    /** "3 changes since 25 Jun 2018 18:00 New York". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void reload() {
        try {
            var changes = editor.changesSince(since.get().toInstant());
            rows.setAll(changes.stream().map(this::row).toList());
            summary.set(changes.size() + (changes.size() == 1 ? " change" : " changes") + " since "
                    + DeskTimes.dateTime(since.get().toInstant(), zone) + " " + DeskTimes.zoneName(zone));
        } catch (EditException e) {
            rows.clear();
            summary.set("The change history could not be read: " + e.getMessage());
        }
    }

    private Row row(ChangeRecord c) {
        return new Row(c.when(zone), c.description());
    }

}
