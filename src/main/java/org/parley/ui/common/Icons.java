package org.parley.ui.common;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The desk's icons, from the Material Design icon font (Ikonli, decision 0030): drawn as text, so
 * they take the theme's text colour and scale with the font; each is named once here.
 */
public final class Icons {

    public static final String NEW_PROPOSAL = "mdi2f-file-plus-outline";
    public static final String PROPOSE_AMENDMENT = "mdi2p-pencil-plus-outline";
    public static final String UNDO = "mdi2u-undo";
    public static final String REDO = "mdi2r-redo";
    public static final String PRINT_PREVIEW = "mdi2p-printer-eye";
    public static final String FIND = "mdi2m-magnify";
    public static final String OPEN = "mdi2f-folder-open-outline";
    public static final String IMPORT = "mdi2f-file-import-outline";
    public static final String EXPORT = "mdi2f-file-export-outline";
    public static final String NEW_WORKSPACE = "mdi2f-folder-plus-outline";
    public static final String IMPORT_CSV = "mdi2f-file-table-outline";
    public static final String RESTORE_BACKUP = "mdi2b-backup-restore";
    public static final String QUIT = "mdi2e-exit-to-app";
    public static final String CLEAR_FILTERS = "mdi2f-filter-remove-outline";
    public static final String ZOOM_IN = "mdi2m-magnify-plus-outline";
    public static final String ZOOM_OUT = "mdi2m-magnify-minus-outline";
    public static final String FIT = "mdi2f-fit-to-page-outline";
    public static final String HELP = "mdi2h-help-circle-outline";
    public static final String KEYBOARD = "mdi2k-keyboard-outline";
    public static final String ABOUT = "mdi2i-information-outline";
    /** Tree rows: a mission, its budget lines and posts; a delegation and its proposals. */
    public static final String MISSION = "mdi2s-shield-outline";
    public static final String BUDGET_LINE = "mdi2c-cash";
    public static final String POST = "mdi2a-account-outline";
    public static final String DELEGATION = "mdi2f-flag-outline";
    public static final String PROPOSAL = "mdi2f-file-document-outline";
    public static final String PROPOSAL_SUPERSEDED = "mdi2f-file-replace-outline";

    private Icons() {
    }

    /** A new icon node (a node has one parent: one per place it shows). */
    public static FontIcon of(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("parley-icon");
        return icon;
    }

    /**
     * Shows {@code code} as the graphic of a cell of a tree (null for none). A cell keeps one icon
     * node and changes its glyph as the cell is reused for other rows, so a tree of any size has
     * only as many icons as it has rows on the screen.
     */
    public static void showIn(Labeled cell, String code) {
        if (code == null) {
            cell.setGraphic(null);
            return;
        }
        FontIcon icon;
        if (cell.getGraphic() instanceof FontIcon mine) {
            icon = mine;
            if (!code.equals(icon.getIconLiteral())) {
                icon.setIconLiteral(code);
            }
        } else {
            icon = of(code);
            icon.getStyleClass().add("row-icon");
        }
        cell.setGraphic(icon);
    }
}
