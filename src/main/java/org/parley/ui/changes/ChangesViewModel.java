package org.parley.ui.changes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parley.model.ChangeRecord;
import org.parley.service.EditException;
import org.parley.service.Editor;

/**
 * "What changed since…": the change history of the negotiation from a chosen time, by default
 * yesterday 18:00 in the negotiation's zone (the morning triage question). Times are the real
 * times the changes were made, also when the desk replays a past negotiation.
 */
public final class ChangesViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** One line of the list. */
    public record Row(String when, String description) {
    }

    private final Editor editor;
    private final Clock wall;
    private final ZoneId zone;
    private final ObjectProperty<ZonedDateTime> since = new SimpleObjectProperty<>(this, "since");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ChangesViewModel(Editor editor, Clock wall) {
        this.editor = editor;
        this.wall = wall;
        this.zone = editor.data().negotiation().zone();
        since.set(defaultSince(wall.instant(), zone));
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

    /** "3 changes since Mon 25 Jun 18:00 New York time". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void reload() {
        try {
            var changes = editor.changesSince(since.get().toInstant());
            rows.setAll(changes.stream().map(this::row).toList());
            summary.set(changes.size() + (changes.size() == 1 ? " change" : " changes") + " since "
                    + WHEN.format(since.get()) + " (" + zone.getId() + ")");
        } catch (EditException e) {
            rows.clear();
            summary.set("The change history could not be read: " + e.getMessage());
        }
    }

    private Row row(ChangeRecord c) {
        return new Row(WHEN.format(c.at().atZone(zone)), c.description());
    }

}
