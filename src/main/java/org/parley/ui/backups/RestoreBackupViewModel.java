package org.parley.ui.backups;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.service.BackupEntry;

/**
 * The list in File > Restore backup: one row per backup, newest first, saying when it was taken,
 * why, and what it holds. A backup that cannot be read is listed (so the user sees it exists)
 * but cannot be chosen.
 */
public final class RestoreBackupViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm:ss", Locale.UK);

    /** One backup as shown. */
    public record Row(String when, String why, String contents, BackupEntry entry) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding canRestore = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().entry().readable(), selected);

    public RestoreBackupViewModel(List<BackupEntry> backups) {
        for (BackupEntry b : backups) {
            rows.add(new Row(WHEN.format(b.takenAt()), why(b.reason()), b.contents(), b));
        }
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
