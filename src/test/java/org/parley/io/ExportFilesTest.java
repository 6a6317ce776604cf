package org.parley.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheTextAsUtf8() throws IOException {
        Path f = dir.resolve("out.csv");
        ExportFiles.writeAtomically(f, "\uFEFFCôte d'Ivoire\r\n");
        assertEquals("\uFEFFCôte d'Ivoire\r\n", Files.readString(f));
        assertEquals(List.of(f), files(), "no temporary file left");
    }

    @Test
    void theFileIsReadableByTheUserOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        ExportFiles.writeAtomically(f, "new");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void replacesAnOldFileWhole() throws IOException {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "a much longer old text than the new one");
        ExportFiles.writeAtomically(f, "new");
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aFolderThatIsNotThere_isAClearMessage_andNothingIsWritten() {
        Path f = dir.resolve("missing").resolve("out.csv");
        IOException e = assertThrows(IOException.class, () -> ExportFiles.writeAtomically(f, "x"));
        assertTrue(e.getMessage().startsWith(f + " could not be written: "), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void whenTheMoveFails_theOldFileStaysAndNoTemporaryIsLeft() throws IOException {
        // A folder in the target's place cannot be replaced by a file: the last step fails.
        Path f = dir.resolve("out.csv");
        Files.createDirectory(f);
        Files.writeString(f.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> ExportFiles.writeAtomically(f, "x"));
        assertEquals(List.of(f), files());
        assertEquals("kept", Files.readString(f.resolve("inside")));
    }
}
