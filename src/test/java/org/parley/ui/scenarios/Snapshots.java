package org.parley.ui.scenarios;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node as a PNG when the test run is given {@code -Dparley.snapshots=FOLDER}, for
 * looking at a pane headless; does nothing otherwise. Call on the JavaFX thread.
 */
final class Snapshots {

    private Snapshots() {
    }

    static void save(Node node, String name) {
        String folder = System.getProperty("parley.snapshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        WritableImage image = node.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not write the snapshot " + name + ": " + e.getMessage(), e);
        }
    }
}
