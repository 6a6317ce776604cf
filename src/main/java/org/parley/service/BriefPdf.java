package org.parley.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.parley.io.ExportFiles;
import org.parley.print.Page;
import org.parley.print.PageSetup;
import org.parley.print.PdfRenderer;
import org.parley.print.Sheet;
import org.parley.print.SheetLayout;
import org.parley.store.WorkspaceGuard;

/**
 * Briefing sheets as PDF files: laid out, rendered, and written the way every export is written
 * (see {@link ExportFiles}): whole or not at all, so a failure leaves an existing file as it was
 * and no half-written one behind.
 */
public final class BriefPdf {

    /** At most this many briefs are made at once by {@link #writeAll}. */
    private static final int MAX_THREADS = 4;

    private BriefPdf() {
    }

    /**
     * Lays {@code sheet} out on {@code setup} and writes it as a PDF to {@code out}, replacing
     * what was there.
     *
     * @throws BriefException with a message naming the file when it cannot be written (no such
     *     folder, no permission, disk full); nothing was written then
     */
    public static void write(Sheet sheet, PageSetup setup, Path out) throws BriefException {
        Path file = out.toAbsolutePath().normalize();
        refuseTarget(file);
        put(file, render(sheet, setup));
    }

    private static void refuseTarget(Path file) throws BriefException {
        if (Files.isDirectory(file)) {
            throw new BriefException(file + " is a folder; give the name of the PDF file to write. Nothing was written.");
        }
        Optional<String> refusal = WorkspaceGuard.refuseOutput(file, null);
        if (refusal.isPresent()) {
            throw new BriefException(refusal.get());
        }
    }

    /** Writes {@code pdf} to {@code file}, whole or not at all, once the file is known to be a fit target. */
    private static void put(Path file, byte[] pdf) throws BriefException {
        refuseTarget(file);
        try {
            ExportFiles.write(file, pdf);
        } catch (IOException e) {
            throw new BriefException(e.getMessage(), e);
        }
    }

    /**
     * Writes each sheet to {@code folder} as {@code fileStem + ".pdf"}, creating the folder when
     * it is missing. Each file is written whole or not at all; when one fails, the ones before it
     * stay written and the exception says which failed.
     *
     * @param written told of each file as soon as it is written (e.g. to print its name)
     * @return the files written, in the order of {@code sheets}
     */
    public static List<Path> writeAll(List<NamedSheet> sheets, PageSetup setup, Path folder,
                                      java.util.function.Consumer<Path> written) throws BriefException {
        Path dir = folder.toAbsolutePath().normalize();
        Optional<String> refusal = WorkspaceGuard.refuseOutputFolder(dir, null);
        if (refusal.isPresent()) {
            throw new BriefException(refusal.get());
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new BriefException(dir + " is a file, not a folder; give a folder to write the briefs to. "
                    + "Nothing was written.", e);
        } catch (IOException e) {
            throw new BriefException("The folder " + dir + " could not be created (" + reason(e) + "). "
                    + "Nothing was written.", e);
        }
        List<Path> files = new ArrayList<>(sheets.size());
        // Sheets are made, laid out and rendered side by side (one per core), and written in order,
        // each whole: a brief per mission of a large negotiation is mostly this work.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-briefs");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<byte[]>> ahead = new ArrayDeque<>();
            int next = 0;
            for (NamedSheet named : sheets) {
                while (next < sheets.size() && ahead.size() < 2 * threads) {
                    NamedSheet queued = sheets.get(next++);
                    ahead.add(pool.submit(() -> render(queued.sheet(), setup)));
                }
                byte[] pdf = made(ahead.poll(), named, files.size());
                Path file = dir.resolve(named.fileStem() + ".pdf");
                put(file, pdf);
                files.add(file);
                written.accept(file);
            }
        } finally {
            pool.shutdownNow();
        }
        return files;
    }

    /** The PDF a worker made, or what went wrong making it, as the sequential write would say it. */
    private static byte[] made(Future<byte[]> pdf, NamedSheet named, int writtenSoFar) throws BriefException {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException("Writing the briefs was stopped before " + named.fileStem() + ".pdf; "
                    + writtenSoFar + " were written whole.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BriefException b) {
                throw b;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The PDF of {@code sheet} on {@code setup}, in memory. */
    public static byte[] render(Sheet sheet, PageSetup setup) throws BriefException {
        List<Page> pages = SheetLayout.layout(sheet, setup);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRenderer.write(pages, sheet.title(), bytes);
        } catch (IOException e) {
            throw new BriefException("The PDF of \"" + sheet.title() + "\" could not be made: " + reason(e), e);
        }
        return bytes.toByteArray();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "no permission";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
