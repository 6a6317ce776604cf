package org.parley.app;

import java.io.PrintStream;

import org.parley.model.TextRules;

/**
 * A stream for a terminal that prints every line it is given through {@link TextRules#visible}:
 * titles and codes read from a workspace (which another tool may have written), file names typed
 * by the user and messages quoting either can then never clear the screen, move the cursor, turn
 * text around or forge a line of output. Each {@code println(String)} is one line; its own line
 * breaks are shown as {@code \u000A}.
 */
final class TerminalLines extends PrintStream {

    private final PrintStream target;

    TerminalLines(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    /** The stream underneath, for Parley's own text of several lines (the usage). */
    static PrintStream raw(PrintStream stream) {
        return stream instanceof TerminalLines t ? t.target : stream;
    }

    @Override
    public void println(String line) {
        target.println(TextRules.visible(line));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    @Override
    public void print(String text) {
        target.print(TextRules.visible(text));
    }
}
