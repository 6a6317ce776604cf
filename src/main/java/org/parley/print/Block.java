package org.parley.print;

import java.util.List;
import java.util.Objects;

/** One part of a sheet's body. The layout keeps a heading with what follows it. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Facts, Block.Table, Block.BarChart {

    /** A section heading. */
    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text, wrapped to the page width. */
    record Paragraph(String text, Emphasis emphasis) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(emphasis, "emphasis");
        }

        public static Paragraph plain(String text) {
            return new Paragraph(text, Emphasis.NORMAL);
        }

        public static Paragraph strong(String text) {
            return new Paragraph(text, Emphasis.STRONG);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, Emphasis.NOTE);
        }
    }

    /** How a paragraph reads: body text, bold, or a small grey note. */
    enum Emphasis { NORMAL, STRONG, NOTE }

    /** Label–value pairs, e.g. "Coordinator: …", laid out as two columns without a header. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table. Cells wrap within their column; a table that runs over a page continues on the
     * next with its header repeated.
     *
     * @param whenEmpty what the sheet says instead when there are no rows, e.g. "No proposals."
     */
    record Table(List<Column> columns, List<Row> rows, String whenEmpty) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            Objects.requireNonNull(whenEmpty, "when empty");
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs a column");
            }
            for (Row r : rows) {
                if (r.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for "
                            + columns.size() + " columns: " + r.cells());
                }
            }
        }
    }

    /**
     * A column: its header, its share of the table's width (relative to the other columns'),
     * and how its cells align (figures right).
     */
    record Column(String header, float weight, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be positive: " + weight);
            }
        }

        public static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    enum Align { LEFT, RIGHT }

    /** A table row; a strong row (a total) is set in bold above a rule. */
    record Row(List<String> cells, boolean strong) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        public static Row total(String... cells) {
            return new Row(List.of(cells), true);
        }

        /** This row without one of its cells: for a column a sheet leaves out when nothing is in it. */
        public Row without(int column) {
            List<String> rest = new java.util.ArrayList<>(cells);
            rest.remove(column);
            return new Row(rest, strong);
        }
    }

    /**
     * A horizontal bar chart: one bar per label, its length proportional to its value, the
     * value printed beside it so the chart reads in black and white and without a ruler.
     */
    record BarChart(String caption, List<Bar> bars) implements Block {
        public BarChart {
            Objects.requireNonNull(caption, "caption");
            bars = List.copyOf(bars);
        }
    }

    /** One bar: a non-negative value and the text printed for it (e.g. "$12.4M, 37 posts"). */
    record Bar(String label, long value, String valueText) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "value text");
            if (value < 0) {
                throw new IllegalArgumentException("a bar cannot be negative: " + value);
            }
        }
    }
}
