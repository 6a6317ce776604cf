package org.parley.ui.backups;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.model.DeskClock;
import org.parley.model.DeskTimes;
import org.parley.service.BackupEntry;

/**
 * The list in File > Restore backup: one row per backup, newest first, saying when it was taken,
 * why, and what it holds. A backup that cannot be read is listed (so the user sees it exists)
 * but cannot be chosen.
 */
public final class RestoreBackupViewModel {

    /** One backup as shown. */
    public record Row(String when, String why, String contents, BackupEntry entry) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding canRestore = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().entry().readable(), selected);

    private final String asOf;

    /**
     * The list for an open desk: times in the negotiation's {@code zone}; "as of" the desk's clock,
     * which in a replay is the replayed date, with the real time beside it (decision 0029).
     */
    public RestoreBackupViewModel(List<BackupEntry> backups, ZoneId zone, DeskClock clock) {
        for (BackupEntry b : backups) {
            rows.add(new Row(DeskTimes.dateTime(b.takenAt().atZone(ZoneId.systemDefault()).toInstant(), zone),
                    why(b.reason()), b.contents(), b));
        }
        String place = DeskTimes.zoneName(zone);
        if (clock == null) {
            asOf = "Times are " + place + " time.";
        } else if (clock.isReplay()) {
            asOf = "As of " + DeskTimes.dateTime(clock.now(), zone) + " " + place + " on the desk, "
                    + DeskTimes.dateTime(clock.realNow(), zone) + " in real time: backups are listed by when they"
                    + " were really taken, " + place + " time.";
        } else {
            asOf = "As of " + DeskTimes.dateTime(clock.now(), zone) + " " + place + "; times are " + place + " time.";
        }
    }

    /**
     * The list for a workspace that cannot be opened: no negotiation says its zone, so times are
     * this machine's zone, named.
     */
    public RestoreBackupViewModel(List<BackupEntry> backups) {
        this(backups, ZoneId.systemDefault(), null);
    }

    /** "As of 26 Jun 2018 09:00 New York on the desk, 6 Dec 2026 15:50 in real time: …", shown above the list. */
    public String asOf() {
        return asOf;
    }

    /** "Daily" for "daily", "Before an upgrade" for "before-migration", …; an unknown reason as it is. */
    static String why(String reason) {
        String base = reason.replaceFirst("-\\d+$", "");
        switch (base) {
            case "daily":
                return "Daily";
            case "before-migration":
                return "Before an upgrade of the file";
            case "before-restore":
                return "Before a restore";
            case "before-import":
                return "Before an import";
            default:
                return base;
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** True when a readable backup is selected. */
    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }
}
