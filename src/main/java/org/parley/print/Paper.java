package org.parley.print;

/** The paper sizes a sheet is laid out for, in PostScript points (1/72 inch). */
public enum Paper {
    A4("A4", 595.28f, 841.89f),
    LETTER("US Letter", 612f, 792f);

    private final String label;
    private final float width;
    private final float height;

    Paper(String label, float width, float height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    /** Width in points, portrait. */
    public float width() {
        return width;
    }

    /** Height in points, portrait. */
    public float height() {
        return height;
    }

    @Override
    public String toString() {
        return label;
    }
}
