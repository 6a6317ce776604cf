package org.parley.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.ui.common.Theme;

import org.parley.ui.print.SheetChoice;

/**
 * What the menus ask of the application around the window: the few gestures that reach beyond
 * one negotiation (another workspace, the About box, quitting).
 *
 * @param openWorkspace let the user choose another workspace file and open it
 * @param newWorkspace let the user name a new workspace file, create it with the sample and open it
 * @param about show the version and the workspace path
 * @param quit close the window and end the application
 * @param restoreBackup list the workspace's backups and restore the one chosen (null: disabled)
 * @param importFile choose a JSON file and import it as a new negotiation or in place of this one
 * @param exportFile write this negotiation or the whole workspace to a JSON file
 * @param recentWorkspaces the workspaces opened before, newest first (null: none)
 * @param openRecent open one of them
 * @param print open the print preview on a sheet (null: File > Print… disabled)
 * @param background where slow work started from the window runs (reading and checking a CSV
 *                   table); the app's background executor, a same-thread one in tests
 * @param themeChosen told the theme chosen in View > Dark theme, to remember it (null: not remembered)
 */
public record DeskActions(Runnable openWorkspace, Runnable newWorkspace, Runnable about, Runnable quit,
                          Runnable restoreBackup, Runnable importFile, Runnable exportFile,
                          Supplier<List<Path>> recentWorkspaces, Consumer<Path> openRecent,
                          Consumer<SheetChoice> print, Executor background, Consumer<Theme> themeChosen) {

    /** Without File > Restore backup, Import, Export, Open recent and Print (they are then disabled). */
    public DeskActions(Runnable openWorkspace, Runnable newWorkspace, Runnable about, Runnable quit) {
        this(openWorkspace, newWorkspace, about, quit, null, null, null, null, null, null, Runnable::run, null);
    }

    /** Without File > Open recent and Print. */
    public DeskActions(Runnable openWorkspace, Runnable newWorkspace, Runnable about, Runnable quit,
                       Runnable restoreBackup, Runnable importFile, Runnable exportFile) {
        this(openWorkspace, newWorkspace, about, quit, restoreBackup, importFile, exportFile, null, null, null,
                Runnable::run, null);
    }
}
