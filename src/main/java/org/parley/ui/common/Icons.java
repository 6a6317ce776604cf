package org.parley.ui.common;

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

    private Icons() {
    }

    /** A new icon node (a node has one parent: one per place it shows). */
    public static FontIcon of(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("parley-icon");
        return icon;
    }
}
