package org.parley.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The text of laid-out pages as a reader sees it: runs on one baseline joined left to right, lines top to bottom. */
public final class PageText {

    private PageText() {
    }

    public static String of(Page page) {
        List<Mark.Text> texts = new ArrayList<>();
        for (Mark m : page.marks()) {
            if (m instanceof Mark.Text t) {
                texts.add(t);
            }
        }
        texts.sort(Comparator.comparingDouble((Mark.Text t) -> Math.round(t.baseline() * 10) / 10.0)
                .thenComparingDouble(Mark.Text::x));
        StringBuilder sb = new StringBuilder();
        float line = Float.NaN;
        for (Mark.Text t : texts) {
            if (Float.isNaN(line) || Math.abs(t.baseline() - line) > 0.05f) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                line = t.baseline();
            } else {
                sb.append(" | ");
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    public static String of(List<Page> pages) {
        return pages.stream().map(PageText::of).collect(Collectors.joining("\n\f\n"));
    }
}
