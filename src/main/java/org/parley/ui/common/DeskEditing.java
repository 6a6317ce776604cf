package org.parley.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parley.service.EditException;
import org.parley.service.Editor;

/**
 * Undo and redo for the menus, and the one place gestures run through: a gesture the model
 * refuses or the workspace cannot save is reported to the user, and the screen keeps the state
 * before it (the editor changes nothing then).
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

    /**
     * Runs a gesture; reports a refusal or a failed save under {@code what} ("Move amendment").
     *
     * @return true when the gesture was applied
     */
    public boolean run(String what, Gesture gesture) {
        if (editor.closed()) {
            return false; // a late key or click of a closed desk: refused quietly, never "not possible"
        }
        try {
            gesture.run();
            return true;
        } catch (EditException e) {
            dialogs.error(what + " failed", e.getMessage() + "\n\nNothing was changed.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            dialogs.error(what + ": not possible", e.getMessage());
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
