package org.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.parley.io.NegotiationJson;
import org.parley.store.Workspace;

/** Runs {@code parley} commands in-process and keeps what each printed, for the command-line tests. */
final class CommandRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command; what it printed replaces what the one before printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A new workspace at {@code file} holding the sample negotiation. */
    static Path sampleWorkspace(Path file) throws Exception {
        try (Workspace w = Workspace.open(file)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        return file;
    }
}
