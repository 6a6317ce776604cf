package org.parley.ui.main;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window tests that drag rows about share: the whole desk in a window of a desk's size,
 * and a count read straight from its workspace file.
 */
final class FullScreenDesk {

    private FullScreenDesk() {
    }

    /**
     * Starts the desk on the stage after giving the stage a desk's size, as the app sizes it within
     * the screen. The stage and its scene are shared by every TestFX test of the run, and the desk
     * reuses the scene as the app does: the scene may be a small form's, and the rows must be on screen.
     */
    static DeskUnderTest start(Stage stage, Path folder) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + 20);
        stage.setY(screen.getMinY() + 20);
        stage.setWidth(screen.getWidth() - 40);
        stage.setHeight(screen.getHeight() - 40);
        return DeskUnderTest.start(stage, folder);
    }

    /** The first column of the first row of a query, read from the desk's file as it is on disk. */
    static int count(DeskUnderTest desk, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
