package org.parley.print;

/** The two faces a sheet uses; both are DejaVu Sans, shipped in {@code assets/fonts/}. */
public enum FontFace {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    private final String file;

    FontFace(String file) {
        this.file = file;
    }

    /** The font file's class-path resource. */
    public String resource() {
        return "/org/parley/assets/fonts/" + file;
    }
}
