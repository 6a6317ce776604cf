package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.parley.service.DeskException;

/**
 * What the user is offered when a workspace cannot be opened: another workspace, or quitting;
 * when another Parley has it open, reading it here; when backups exist beside a damaged file,
 * restoring one.
 */
final class OpenErrorDialog {

    /** The user's choice. */
    enum Answer {
        OPEN_ANOTHER, OPEN_READ_ONLY, RESTORE_BACKUP, QUIT_OR_CLOSE
    }

    private OpenErrorDialog() {
    }

    /**
     * Whether restoring a backup may help: only for a file that is damaged or not a workspace.
     * Restoring sets the file aside, so it is never offered for a healthy one that cannot be
     * opened for another reason: written by a newer Parley, open elsewhere, read-only, unreadable.
     */
    static boolean restoreMayHelp(DeskException e) {
        return e.file() != null && e.damaged();
    }

    /**
     * @param offerRestore whether backups of the file exist (asked only when {@link #restoreMayHelp})
     * @param deskOpen whether there is a desk to go back to, the one left to open this (then "Close",
     *        which opens it again, rather than "Quit")
     */
    static Answer ask(Stage owner, DeskException e, boolean offerRestore, boolean deskOpen) {
        ButtonType other = new ButtonType("Open another workspace…", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(deskOpen ? "Close" : "Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.OTHER);
        ButtonType restore = new ButtonType("Restore a backup…", ButtonBar.ButtonData.OTHER);
        List<ButtonType> buttons = new ArrayList<>();
        if (e.openElsewhere() && e.file() != null) {
            buttons.add(readOnly);
        }
        if (offerRestore) {
            buttons.add(restore);
        }
        buttons.add(other);
        buttons.add(quit);
        Alert alert = new Alert(e.cancelled() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, e.getMessage(),
                buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(e.cancelled() ? "Opening was cancelled" : e.openElsewhere()
                ? "The workspace is already open for writing" : "Cannot open the workspace");
        alert.getDialogPane().setId("open-error");
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return Answer.QUIT_OR_CLOSE;
        }
        if (answer.get() == other) {
            return Answer.OPEN_ANOTHER;
        }
        if (answer.get() == readOnly) {
            return Answer.OPEN_READ_ONLY;
        }
        return answer.get() == restore ? Answer.RESTORE_BACKUP : Answer.QUIT_OR_CLOSE;
    }

    /** A message with an OK button; {@code wait} blocks until it is read. */
    static void tell(Stage owner, Alert.AlertType type, String id, String header, String message, boolean wait) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        if (wait) {
            alert.showAndWait();
        } else {
            alert.show();
        }
    }
}
