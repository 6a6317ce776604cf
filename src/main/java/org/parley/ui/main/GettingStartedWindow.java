package org.parley.ui.main;

import java.io.InputStream;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Getting started: a short page, with pictures, that works offline (its text and pictures
 * travel in the jar). The same text is docs/getting-started.md in the repository.
 */
final class GettingStartedWindow {

    /** The page: headings, paragraphs and pictures, in order (a picture is "picture:NAME.png"). */
    static final List<String> PAGE = List.of(
            "# Getting started",
            "Parley is a negotiation desk: what is on the table for each mission, who proposed it, what it would "
                    + "cost in dollars and posts, where each delegation stands, and how long is left. It keeps "
                    + "everything in one workspace file and saves every change as you make it.",
            "picture:desk.png",
            "## The desk",
            "Missions (left): each budget, its status and the cuts proposed on it; open a mission for its lines and "
                    + "posts. Proposals (middle): each delegation's proposals and, below, the amendments of the one "
                    + "selected. Timeline (right): the meetings and documents of the session, the desk's now and the "
                    + "deadline. The header shows the countdown to the deadline.",
            "Figures marked with an asterisk and in italics are illustrative: an order of magnitude, not a "
                    + "sourced fact. The details pane below says where each figure comes from.",
            "## A day's work",
            "1. Select a mission, a proposal or an event: the details pane shows its figures and sources; "
                    + "what is related is marked in the other panes.",
            "2. New proposal (Ctrl+Shift+N) and Propose amendment (Ctrl+Shift+A) record what a delegation tabled. "
                    + "Drag an amendment to reorder it, or onto another proposal to move it (Ctrl while dropping: copy).",
            "3. Positions (Ctrl+5): where each delegation stands on each amendment. Type S, F, O, R or U in a cell.",
            "picture:positions.png",
            "4. Compromises (Ctrl+6) and Scenarios (Ctrl+4): the texts floating, and what all, half or a quarter "
                    + "of the proposals would cut.",
            "5. File > Print (Ctrl+P): a briefing sheet for the selection, seen before it is printed or saved as PDF.",
            "## Safe by design",
            "Every change is written to the workspace when the screen shows it; Undo (Ctrl+Z) takes it back "
                    + "exactly. A backup is made on the first open of each day (File > Restore backup).",
            "Help > Keyboard shortcuts (Ctrl+/) lists every key.");

    private GettingStartedWindow() {
    }

    static Stage show(Window owner) {
        VBox page = new VBox(8);
        page.getStyleClass().add("getting-started");
        for (String part : PAGE) {
            page.getChildren().add(node(part));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("getting-started");
        return OwnedWindows.show(owner, "Getting started", scroll, 940, 680);
    }

    private static Node node(String part) {
        if (part.startsWith("picture:")) {
            String name = part.substring("picture:".length());
            try (InputStream in = GettingStartedWindow.class.getResourceAsStream("/org/parley/assets/help/" + name)) {
                if (in != null) {
                    ImageView view = new ImageView(new Image(in));
                    view.setPreserveRatio(true);
                    view.getStyleClass().add("help-picture");
                    return view;
                }
            } catch (java.io.IOException e) {
                // said below: the page still reads without its picture
            }
            return new Label("(picture " + name + " missing)");
        }
        Label l = new Label(part.replaceFirst("^#+ ", ""));
        l.setWrapText(true);
        l.getStyleClass().add(part.startsWith("## ") ? "details-section" : part.startsWith("# ") ? "details-heading"
                : "details-text");
        return l;
    }
}
