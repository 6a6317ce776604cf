package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app (issue 15, decision 0028): in the {@code integration-test} phase of
 * {@code mvn verify}, after Maven made the jar, {@code bin/package --no-build} builds the app image
 * and the .deb once; every check then runs the built app, never {@code target/classes}: the app
 * image's own launcher and runtime, and the .deb unpacked with {@code dpkg-deb -x} into a temporary
 * folder (its desktop entry, icons, MIME type, launcher, maintainer scripts, and the AppCDS archive
 * its postinst makes, made there and used).
 *
 * <p>Without jpackage (a JRE, or a JDK without it) or without dpkg-deb and fakeroot the package
 * cannot be built: under {@code CI} or {@code PARLEY_PACKAGE=required} that fails with what is
 * missing; on a developer's machine it is skipped with the same words.
 */
class PackageIT {

    private static final Path TOP = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private static final Path OUT = TOP.resolve("target/package");
    private static final Path IMAGE = OUT.resolve("image/parley");
    private static final Path LAUNCHER = IMAGE.resolve("bin/parley");
    private static final String APP_VERSION = Version.current().replaceFirst("-.*", "");

    @TempDir
    Path dir;

    @BeforeAll
    static void buildThePackage() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(javaHome.resolve("bin/jpackage")) || !Files.isExecutable(javaHome.resolve("bin/jlink"))) {
            missing.add("jlink and jpackage (a full JDK 17) in " + javaHome);
        }
        for (String tool : List.of("dpkg-deb", "fakeroot")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            String message = "the package cannot be built here: missing " + String.join(", ", missing);
            if (System.getenv("CI") != null || "required".equals(System.getenv("PARLEY_PACKAGE"))) {
                fail(message + " (required under CI or PARLEY_PACKAGE=required)");
            }
            Assumptions.abort(message);
        }
        Path log = TOP.resolve("target/package-build.log");
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(TOP.resolve("bin/package").toString(), "--no-build")
                .directory(TOP.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("bin/package did not end within 15 minutes; its log: " + log);
        }
        assertThat(p.exitValue()).as("bin/package --no-build; its log:\n" + Files.readString(log)).isZero();
        System.out.printf("PackageIT: bin/package --no-build took %d s (log: %s)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), log);
    }

    @Test
    void theAppImage_saysItsVersion_fromItsOwnRuntime_withItsAppCdsArchive() throws Exception {
        Run version = run(List.of(LAUNCHER.toString(), "--version"), Map.of());
        assertThat(version.code).as(version.err).isZero();
        assertThat(version.out.strip()).isEqualTo("Parley " + Version.current() + " (built " + Version.buildDate() + ")");
        assertThat(version.err).as("no warning of the runtime on the terminal").isEmpty();

        // the launcher runs the image's own java (not this JVM's) and maps the archive made for it
        Run traced = run(List.of(LAUNCHER.toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info -Xlog:class+path=info"));
        assertThat(traced.code).as(traced.err).isZero();
        assertThat(traced.out).contains("org.parley.app.Main source: shared objects file")
                .contains("bootstrap loader class path=" + IMAGE.resolve("lib/runtime/lib/modules"));
        assertThat(Files.size(IMAGE.resolve("lib/app/parley.jsa"))).isGreaterThan(1_000_000);
    }

    @Test
    void theAppImage_importsTheSample_andWritesEveryBrief() throws Exception {
        Path workspace = dir.resolve("talks.parley");
        Map<String, String> env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString());

        Run imported = run(List.of(LAUNCHER.toString(), "import", "--workspace", workspace.toString(),
                "--file", TOP.resolve("sample-data/negotiation-2018.json").toString()), env);
        assertThat(imported.code).as(imported.err).isZero();
        assertThat(imported.out).contains("as negotiation 1");

        Run checked = run(List.of(LAUNCHER.toString(), "check", "--workspace", workspace.toString()), env);
        assertThat(checked.code).as(checked.out + checked.err).isZero();

        Path briefs = dir.resolve("briefs");
        Run brief = run(List.of(LAUNCHER.toString(), "brief", "--workspace", workspace.toString(), "--all",
                "--out", briefs.toString()), env);
        assertThat(brief.code).as(brief.err).isZero();
        List<String> names;
        try (Stream<Path> s = Files.list(briefs)) {
            names = s.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(17).contains("mission-MONUSCO.pdf", "daily-brief.pdf");
        try (PDDocument pdf = Loader.loadPDF(briefs.resolve("mission-MONUSCO.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf)).contains("MONUSCO").contains("CONFIDENTIAL");
        }

        Run bad = run(List.of(LAUNCHER.toString(), "check", "--workspace", dir.resolve("none.parley").toString()), env);
        assertThat(bad.code).as("a missing workspace").isNotZero();
        assertThat(bad.err).contains(dir.resolve("none.parley").toString());
    }

    @Test
    void theDeb_installsTheAppWithItsDesktopEntryIconsMimeTypeAndCommand() throws Exception {
        Path deb = OUT.resolve("parley_" + APP_VERSION + "-1_amd64.deb");
        assertThat(deb).isRegularFile();
        Path root = dir.resolve("root");
        Path control = dir.resolve("control");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Map.of()).code).isZero();
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of()).code).isZero();

        String fields = Files.readString(control.resolve("control"));
        assertThat(fields).contains("Package: parley\n").contains("Version: " + APP_VERSION + "-1\n")
                .containsPattern("Depends: .*libgtk-3-0").containsPattern("Depends: .*xdg-utils");

        Path app = root.resolve("opt/parley");
        assertThat(app.resolve("bin/parley")).isExecutable();
        assertThat(app.resolve("lib/runtime/bin/java")).isExecutable();

        String desktop = Files.readString(app.resolve("lib/parley-parley.desktop"));
        assertThat(desktop.lines()).contains("[Desktop Entry]", "Name=Parley", "Type=Application",
                "Exec=/opt/parley/bin/parley %f", "Icon=parley", "MimeType=application/x-parley-workspace");

        String mime = Files.readString(app.resolve("lib/parley-parley-MimeInfo.xml"));
        assertThat(mime).contains("<mime-type type=\"application/x-parley-workspace\">")
                .contains("<glob pattern=\"*.parley\">");

        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            Path icon = app.resolve("lib/app/icons/parley-" + size + ".png");
            assertThat(pngSize(icon)).as(icon.toString()).containsExactly(size, size);
        }

        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("xdg-desktop-menu install /opt/parley/lib/parley-parley.desktop")
                .contains("xdg-mime install /opt/parley/lib/parley-parley-MimeInfo.xml")
                .contains("xdg-icon-resource install --novendor --size \"$size\" /opt/parley/lib/app/icons/parley-\"$size\".png parley")
                .contains("ln -sf /opt/parley/bin/parley /usr/bin/parley")
                .contains("sh /opt/parley/lib/app/make-cds-archive.sh");
        String prerm = Files.readString(control.resolve("prerm"));
        assertThat(prerm).contains("xdg-desktop-menu uninstall /opt/parley/lib/parley-parley.desktop")
                .contains("rm -f /usr/bin/parley").contains("rm -f /opt/parley/lib/app/parley.jsa");
        // Uninstalling never reaches the users' workspaces and backups.
        for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
            assertThat(Files.readString(control.resolve(script))).as(script)
                    .doesNotContain(".local/share").doesNotContain("$HOME").doesNotContain("~/")
                    .doesNotContain("XDG_DATA_HOME").doesNotContain("APPDATA");
        }

        // The launcher of the unpacked package runs from where it was unpacked; the archive is made
        // there as the postinst makes it where the package is installed, and is then used.
        assertThat(app.resolve("lib/app/parley.jsa")).as("the .deb ships a class list, not an archive").doesNotExist();
        Run made = run(List.of("sh", app.resolve("lib/app/make-cds-archive.sh").toString()), Map.of());
        assertThat(made.code).as(made.err).isZero();
        Run traced = run(List.of(app.resolve("bin/parley").toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"));
        assertThat(traced.code).as(traced.err).isZero();
        assertThat(traced.out).contains("Parley " + Version.current())
                .contains("org.parley.app.Main source: shared objects file");
    }

    /** The width and height in a PNG's header. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertThat(signature).as(png + " is a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            data.readInt(); // the IHDR chunk's length
            assertThat(new String(data.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            return new int[] {data.readInt(), data.readInt()};
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not end within 5 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
