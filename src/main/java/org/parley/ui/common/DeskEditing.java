package org.parley.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parley.model.Faults;
import org.parley.model.NegotiationData;
import org.parley.model.Refused;
import org.parley.service.EditException;
import org.parley.service.Editor;
import org.parley.service.StaleChangeException;

/**
 * Undo and redo for the menus, and the one place gestures run through: a gesture the model
 * refuses or the workspace cannot save is reported to the user, and the screen keeps the state
 * before it (the editor changes nothing then). Any other failure is a fault inside Parley, never
 * "not possible": it is reported as one, in the words every fault uses, and logged.
 */
public final class DeskEditing {

    /** One gesture, as the view models call the service. */
    @FunctionalInterface
    public interface Gesture {
        void run() throws EditException;
    }

    private final Editor editor;
    private final Dialogs dialogs;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public DeskEditing(Editor editor, Dialogs dialogs) {
        this.editor = editor;
        this.dialogs = dialogs;
        refresh();
    }

    /** A gesture was applied (done, undone, redone): the desk session calls this from the editor. */
    public void onApplied(Editor.Applied applied) {
        refresh();
    }

    public Editor editor() {
        return editor;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    private static final System.Logger LOG = System.getLogger(DeskEditing.class.getName());

    /**
     * Runs a gesture; reports a refusal, a failed save or a fault under {@code what} ("Move amendment").
     *
     * @return true when the gesture was applied
     */
    public boolean run(String what, Gesture gesture) {
        if (editor.closed()) {
            return false; // a late key or click of a closed desk: refused quietly, never "not possible"
        }
        NegotiationData before = editor.data();
        try {
            gesture.run();
            return true;
        } catch (EditException e) {
            dialogs.error(what + " failed", e.getMessage() + "\n\nNothing was changed.");
        } catch (Refused | StaleChangeException e) {
            // a rule said no, or the gesture was prepared against a state that has moved on
            dialogs.error(what + ": not possible", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "parley: a fault in \"" + what + "\"", e);
            dialogs.error(what + " failed", editor.data() == before ? "Parley could not do it: " + Faults.describe(e)
                    : "Parley could not finish it: an unexpected problem inside Parley stopped it. What was done "
                    + "before it is saved and can be undone; if it happens again, please report what you did just before");
        }
        return false;
    }

    public void undo() {
        if (editor.canUndo()) {
            run(undoText.get(), editor::undo);
        }
    }

    public void redo() {
        if (editor.canRedo()) {
            run(redoText.get(), editor::redo);
        }
    }

    /** "Undo move amendment", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refresh() {
        undoText.set(editor.undoLabel().map(l -> "Undo " + lower(l)).orElse("Undo"));
        redoText.set(editor.redoLabel().map(l -> "Redo " + lower(l)).orElse("Redo"));
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
