package org.parley.ui.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;

/**
 * The desk's two looks (issue 14): light, Parley's own stylesheet on JavaFX's Modena; dark, the
 * same with a second stylesheet that redefines the palettes (looked-up colours) only. Chosen in
 * View > Dark theme and remembered by the app.
 */
public enum Theme {
    LIGHT,
    DARK;

    /** The stylesheet every Parley scene carries. */
    public static final String STYLESHEET = url("/org/parley/assets/css/parley.css");
    /** The dark palettes, added after {@link #STYLESHEET}. */
    public static final String DARK_STYLESHEET = url("/org/parley/assets/css/parley-dark.css");

    private static String url(String resource) {
        return Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }

    /** Puts this theme on {@code scene}: Parley's stylesheet, and the dark palettes for {@link #DARK}. */
    public void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(0, STYLESHEET);
        }
        scene.getStylesheets().remove(DARK_STYLESHEET);
        if (this == DARK) {
            scene.getStylesheets().add(DARK_STYLESHEET);
        }
    }

    /** A window of the desk (print preview, help) looks as the desk does: the owner's stylesheets, theme included. */
    public static void sameAs(Scene scene, javafx.stage.Window owner) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** The theme on {@code scene}. */
    public static Theme of(Scene scene) {
        return scene != null && scene.getStylesheets().contains(DARK_STYLESHEET) ? DARK : LIGHT;
    }

    /** The word it is remembered by. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A remembered word read back; empty for anything else. */
    public static Optional<Theme> fromKey(String key) {
        for (Theme t : values()) {
            if (t.key().equals(key == null ? null : key.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
