package org.parley.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The details of what is selected, formatted (issue 14): the first line a heading, "Label: value"
 * lines as label/value rows, "Section:" lines as sub-headings with their indented lines under them,
 * a figure's source set apart under its amount, illustrative marks in the illustrative style, and
 * what names another item (a linked event, a mission) a link that selects it. The text stays plain
 * underneath ({@link #textProperty()}), and "Copy all" puts it on the clipboard for an e-mail.
 */
public final class DetailsView extends ScrollPane {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final VBox body = new VBox(2);
    private final BiFunction<String, String, Optional<Runnable>> links;

    /**
     * @param links for a line of a section ("Events", "Missions"), what selecting the item it names
     *              does; empty when it names none
     */
    public DetailsView(BiFunction<String, String, Optional<Runnable>> links) {
        this.links = links;
        getStyleClass().add("details-view");
        body.getStyleClass().add("details-body");
        setContent(body);
        setFitToWidth(true);
        setFocusTraversable(true);
        text.addListener((o, was, now) -> render(now));
        MenuItem copy = new MenuItem("Copy all");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        setContextMenu(new ContextMenu(copy));
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    private void render(String all) {
        body.getChildren().clear();
        if (all == null || all.isBlank()) {
            return;
        }
        List<String> lines = all.lines().toList();
        if (lines.size() == 1) {
            body.getChildren().add(styled(new Label(lines.get(0)), "details-hint", lines.get(0)));
            return;
        }
        body.getChildren().add(styled(new Label(lines.get(0)), "details-heading", lines.get(0)));
        GridPane rows = null;
        String section = "";
        for (String line : lines.subList(1, lines.size())) {
            boolean indented = line.startsWith("  ");
            String t = line.strip();
            int colon = t.indexOf(": ");
            if (!indented && t.endsWith(":") && t.length() < 60) {
                section = t.substring(0, t.length() - 1);
                body.getChildren().add(styled(new Label(section), "details-section", t));
                rows = null;
                continue;
            }
            if (!indented) {
                section = "";
            }
            if (colon > 0 && colon < 40 && !t.startsWith("*")) {
                if (rows == null) {
                    rows = grid();
                    body.getChildren().add(rows);
                }
                String label = t.substring(0, colon);
                String value = t.substring(colon + 2);
                int r = rows.getRowCount();
                rows.add(styled(new Label(label), "details-label", label), 0, r);
                rows.add(value(indented ? section : label, value), 1, r);
                continue;
            }
            rows = null;
            Node item = indented ? link(section, t) : styled(new Label(t), "details-text", t);
            if (indented) {
                item.getStyleClass().add("details-item");
            }
            body.getChildren().add(item);
        }
    }

    /** An amount with its source set apart: "$55,152,000  (Source: …)" reads as two lines, the source without its brackets. */
    private Node value(String section, String value) {
        int source = value.indexOf("  (");
        if (section.equals("Missions")) {
            VBox box = new VBox(0);
            for (String code : value.split(",\\s*")) {
                box.getChildren().add(link(section, code));
            }
            return box;
        }
        if (source > 0 && value.endsWith(")")) {
            // the source on a line of its own needs no brackets: "(Illustrative figure (no public source): …)" nested two
            String amount = value.substring(0, source);
            String from = value.substring(source + 3, value.length() - 1);
            return new VBox(0, styled(new Label(amount), "details-value", amount),
                    styled(new Label(from), "details-source", from));
        }
        return styled(new Label(value), "details-value", value);
    }

    /** A line naming another item: a link that selects it, or plain text when it names none. */
    private Node link(String section, String t) {
        Optional<Runnable> go = links == null ? Optional.empty() : links.apply(section, t);
        if (go.isPresent()) {
            Hyperlink h = new Hyperlink(t);
            h.getStyleClass().add("details-link");
            h.setOnAction(e -> go.get().run());
            mark(h, t);
            h.setWrapText(true);
            return h;
        }
        return styled(new Label(t), "details-text", t);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(2);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, value);
        g.getStyleClass().add("details-rows");
        return g;
    }

    private static Label styled(Label l, String styleClass, String text) {
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        mark(l, text);
        return l;
    }

    /** Illustrative figures and times keep their asterisk and take the illustrative style. */
    private static void mark(javafx.scene.control.Labeled l, String text) {
        if (text.contains("*") || text.startsWith("Illustrative") || text.contains("(Illustrative")) {
            Styles.styleClass(l, Styles.ILLUSTRATIVE, true);
        }
    }
}
