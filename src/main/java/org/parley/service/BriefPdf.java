package org.parley.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        if (Files.isDirectory(file)) {
            throw new BriefException(file + " is a folder; give the name of the PDF file to write. Nothing was written.");
        }
        Optional<String> refusal = WorkspaceGuard.refuseOutput(file, null);
        if (refusal.isPresent()) {
            throw new BriefException(refusal.get());
        }
        byte[] pdf = render(sheet, setup);
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
        for (NamedSheet named : sheets) {
            Path file = dir.resolve(named.fileStem() + ".pdf");
            write(named.sheet(), setup, file);
            files.add(file);
            written.accept(file);
        }
        return files;
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
