package org.parley.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.parley.model.Negotiation;
import org.parley.model.ProposedCuts;
import org.parley.service.Desk;
import org.parley.service.DeskException;
import org.parley.service.DeskService;
import org.parley.service.OpenProgress;

/**
 * The workspace read while JavaFX starts (decision 0021): {@link Main} begins reading it, and
 * adding up its proposed cuts, on a thread of its own before it launches the window, so the
 * second or so the toolkit takes to show its first frame is not spent waiting. The desk's
 * starter then takes what was read ({@link DeskStarter#open(EarlyOpen)}); until it does, what
 * the read says goes nowhere, and from then on to the progress view, which may cancel it.
 *
 * <p>A read nobody takes is closed with {@link #discard()}, so the workspace is not left locked.
 */
public final class EarlyOpen {

    /** What was read: the desk and its proposed cuts. */
    record Opened(Desk desk, ProposedCuts cuts) {
    }

    private final Path file;
    private final CompletableFuture<Opened> result = new CompletableFuture<>();
    /** The progress view once the starter has taken the read; before that, one that never stops. */
    private volatile OpenProgress to = OpenProgress.NONE;
    private volatile Negotiation header;
    private volatile String lastSaid;

    private EarlyOpen(Path file) {
        this.file = file;
    }

    /** Starts reading {@code file} with {@code service} on a daemon thread of its own. */
    public static EarlyOpen start(Path file, DeskService service) {
        EarlyOpen early = new EarlyOpen(Objects.requireNonNull(file));
        Thread t = new Thread(() -> early.read(service), "parley-early-open");
        t.setDaemon(true);
        t.start();
        return early;
    }

    /** The workspace being read. */
    public Path file() {
        return file;
    }

    private void read(DeskService service) {
        OpenProgress relay = new OpenProgress() {
            @Override
            public void header(Negotiation n) {
                header = n;
                to.header(n);
            }

            @Override
            public void reading(String what) {
                lastSaid = what;
                to.reading(what);
            }

            @Override
            public boolean goOn() {
                return to.goOn();
            }
        };
        try {
            Desk desk = service.open(file, null, relay);
            try {
                relay.reading("Adding up the proposed cuts…");
                ProposedCuts cuts = ProposedCuts.of(desk.data());
                if (!relay.goOn()) {
                    throw DeskException.cancelled(file);
                }
                result.complete(new Opened(desk, cuts));
            } catch (DeskException | RuntimeException | OutOfMemoryError e) {
                closeQuietly(desk);
                throw e;
            }
        } catch (DeskException | RuntimeException | OutOfMemoryError e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * Waits for the read, which from now on says what it reads on {@code progress} (first what it
     * said before) and stops when {@code progress} asks it to. Called once, off the JavaFX thread.
     *
     * @throws DeskException as the open would have thrown it, or when it was cancelled
     * @throws OutOfMemoryError when the workspace did not fit in the memory given
     */
    Opened await(OpenProgress progress) throws DeskException {
        to = Objects.requireNonNull(progress);
        Negotiation seen = header;
        if (seen != null) {
            progress.header(seen); // said again if the read said it meanwhile: the same header twice
        }
        String said = lastSaid;
        if (said != null && !result.isDone()) {
            progress.reading(said);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            throw DeskException.cancelled(file);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DeskException de) {
                throw de;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Nobody will take the read: the desk it opens is closed as soon as it is open. */
    public void discard() {
        to = new OpenProgress() {
            @Override
            public boolean goOn() {
                return false;
            }
        };
        result.thenAccept(opened -> closeQuietly(opened.desk()));
    }

    private static void closeQuietly(Desk desk) {
        try {
            desk.close();
        } catch (DeskException | RuntimeException ignored) {
            // nothing was written by the read; the process goes on without it
        }
    }
}
