package org.parley.print;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws a laid-out {@link Page} as JavaFX nodes, for the print preview and for printing: a white
 * page-sized pane, one unit per point (JavaFX printing's unit too), one node per {@link Mark}.
 * Nothing is scaled here; the preview zooms the whole page, the printer job places it.
 * The text is set in the shipped DejaVu Sans, loaded from the class path, never a system font,
 * so that what the layout measured is what is drawn.
 */
public final class FxPageRenderer {

    /** The page's style class, for the preview's border and shadow. */
    public static final String PAGE_STYLE = "print-page";

    private static final Map<FontFace, String> NAMES = new EnumMap<>(FontFace.class);
    private static final Map<String, Font> FONTS = new HashMap<>();

    private FxPageRenderer() {
    }

    /** The page as nodes; call on the JavaFX thread (or before the nodes are shown anywhere). */
    public static Region render(Page page) {
        Pane pane = new Pane();
        pane.getStyleClass().add(PAGE_STYLE);
        pane.setStyle("-fx-background-color: white;");
        pane.setPrefSize(page.width(), page.height());
        pane.setMinSize(page.width(), page.height());
        pane.setMaxSize(page.width(), page.height());
        for (Mark mark : page.marks()) {
            pane.getChildren().add(node(mark));
        }
        return pane;
    }

    static Node node(Mark mark) {
        if (mark instanceof Mark.Text t) {
            Text text = new Text(t.x(), t.baseline(), t.text());
            text.setTextOrigin(VPos.BASELINE);
            text.setFont(font(t.face(), t.size()));
            text.setFill(gray(t.gray()));
            return text;
        }
        if (mark instanceof Mark.Line l) {
            Line line = new Line(l.x1(), l.y1(), l.x2(), l.y2());
            line.setStrokeWidth(l.width());
            line.setStroke(gray(l.gray()));
            line.setStrokeLineCap(StrokeLineCap.BUTT);
            return line;
        }
        Mark.Box b = (Mark.Box) mark;
        Rectangle box = new Rectangle(b.x(), b.y(), b.width(), b.height());
        box.setFill(b.fillGray() < 0 ? null : gray(b.fillGray()));
        if (b.strokeGray() >= 0) {
            box.setStroke(gray(b.strokeGray()));
            box.setStrokeWidth(b.strokeWidth());
        }
        return box;
    }

    private static Color gray(float level) {
        return Color.gray(Math.max(0, Math.min(1, level)));
    }

    /** The face at a size (JavaFX fonts carry their size), each kept once made. */
    static synchronized Font font(FontFace face, float size) {
        String key = face + "@" + size;
        Font cached = FONTS.get(key);
        if (cached != null) {
            return cached;
        }
        String name = NAMES.get(face);
        // Once loaded, a face is found by its full name ("DejaVu Sans Bold"); should that find
        // another font (a system one of the same name that differs), the shipped file is loaded
        // again at this size, since a different font would not match what the layout measured.
        Font font = name == null ? null : new Font(name, size);
        if (font == null || !font.getName().equals(name)) {
            font = Font.loadFont(new ByteArrayInputStream(FontBook.shared().fontFile(face)), size);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the font " + face.resource());
            }
            NAMES.putIfAbsent(face, font.getName());
        }
        FONTS.put(key, font);
        return font;
    }
}
