package io.zonebrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line used as a hostile or unlucky user would (issue 16, cases 1, 7, 8 and 9): outputs
 * only ever replace regular files, what can be checked is checked before the analysis, and every
 * message is one line naming the file or option and the reason.
 */
class HostileCliTest {

    private static final String ARTICLE = "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n";

    @TempDir
    Path tmp;

    private Path in;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void article() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
    }

    private int run(String... args) {
        return CliRunner.run(err, args);
    }

    private static void mkfifo(Path p) throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0, "mkfifo is available");
    }

    private void assertOneLineWithoutJavaNames() {
        String e = err.toString().strip();
        assertFalse(e.contains("\n"), e);
        assertFalse(e.matches("(?s).*(Exception|java\\.|\\.part).*"), e);
    }

    @Test
    void extractNeverReplacesAPipeOrAFolderAtO() throws Exception {
        Path pipe = tmp.resolve("pipe.json");
        mkfifo(pipe);
        assertEquals(1, run("extract", "-q", in.toString(), "-o", pipe.toString()));
        assertEquals("zonebrief: " + pipe + ": is a named pipe (FIFO), not a regular file; -o must name a file "
                + "ZoneBrief may create or replace", err.toString().strip());
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertTrue(Files.exists(pipe));

        assertEquals(1, run("extract", "-q", in.toString(), "-o", tmp.toString()));
        assertTrue(err.toString().contains(tmp + ": is a folder, not a regular file"), err.toString());
    }

    @Test
    void extractNeverTurnsADeviceIntoAFile() throws Exception {
        // a private copy of /dev/null, so that a regression cannot harm the machine's own
        Path device = tmp.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "may make device files (root)");
        assertEquals(1, run("extract", "-q", in.toString(), "-o", device.toString()));
        assertEquals("zonebrief: " + device + ": is a character device, not a regular file; -o must name a file "
                + "ZoneBrief may create or replace", err.toString().strip());
        assertEquals(io.zonebrief.internal.FileKind.CHAR_DEVICE, io.zonebrief.internal.FileKind.of(device));
    }

    @Test
    void extractWritesThroughASymlinkedTarget() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("elsewhere")).resolve("summary.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real);
        assertEquals(0, run("extract", "-q", in.toString(), "-o", link.toString()), err.toString());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("洛阳高新区"));
    }

    @Test
    void reportRefusesAPipeWhereAnOutputGoesBeforeAnalysing() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        mkfifo(out.resolve("briefing.pdf"));
        assertEquals(1, run("report", in.toString(), "-o", out.toString()));
        assertEquals("zonebrief: " + out.resolve("briefing.pdf") + ": is a named pipe (FIFO), not a regular file; -o "
                + "must name a file ZoneBrief may create or replace", err.toString().strip());
        assertFalse(Files.exists(out.resolve("summary.json")));

        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(1, run("report", "-q", in.toString(), "-o", file.toString()));
        assertTrue(err.toString().contains(file + ": is a regular file; -o must name a folder"), err.toString());
    }

    @Test
    void aTemplateFontOrLogoThatIsNoSuchThingFailsBeforeTheAnalysis() throws Exception {
        Path notFont = Files.writeString(tmp.resolve("font.ttf"), "not a font");
        Path template = Files.writeString(tmp.resolve("t.yaml"), "font: font.ttf\n");
        Path out = tmp.resolve("out");
        assertEquals(1, run("report", in.toString(), "--template", template.toString(), "-o", out.toString()));
        assertTrue(err.toString().startsWith("zonebrief: " + notFont.toAbsolutePath()), err.toString());
        assertFalse(err.toString().contains("[1/1]"), "failed before reading an article: " + err);
        assertFalse(Files.exists(out.resolve("summary.json")));

        StringWriter err2 = new StringWriter();
        Files.writeString(tmp.resolve("logo.png"), "not an image");
        Files.writeString(template, "logo: logo.png\n");
        assertEquals(1, CliRunner.run(err2, "report", in.toString(), "--template", template.toString(), "-o", out.toString()));
        assertEquals("zonebrief: " + tmp.resolve("logo.png").toAbsolutePath()
                + ": not a PNG, JPEG or GIF image (logo of the briefing template)", err2.toString().strip());
    }

    @Test
    void aMissingTemplateIsNamedWithTheReason() {
        assertEquals(1, run("report", "-q", in.toString(), "--template", "nonexist.yaml", "-o", tmp.resolve("o").toString()));
        assertEquals("zonebrief: nonexist.yaml: no such file (briefing template)", err.toString().strip());
    }

    @Test
    void aHugeYamlTemplateIsRefusedBeforeParsing() throws Exception {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "title: \"" + "长".repeat(4 * 1024 * 1024) + "\"\n");
        assertEquals(1, run("report", "-q", in.toString(), "--template", big.toString(), "-o", tmp.resolve("o").toString()));
        assertEquals("zonebrief: " + big + ": over 1,048,576 bytes, too large for a briefing template",
                err.toString().strip());
    }

    @Test
    void aReviewFileThatIsNoWorkbookIsNamedWithoutJavaNames() throws Exception {
        Path fake = Files.writeString(tmp.resolve("review.xlsx"), "just text");
        assertEquals(1, run("extract", "-q", in.toString(), "--review", fake.toString(), "-o", tmp.resolve("s.json").toString()));
        assertEquals("zonebrief: " + fake + ": not an Excel .xlsx workbook (not a readable zip package)",
                err.toString().strip());
        assertOneLineWithoutJavaNames();
    }

    @Test
    void javaFileExceptionsAreNamedWithTheirReason() {
        assertEquals("/proc/foo: no such file or folder", FailureHandler.describe(new NoSuchFileException("/proc/foo")));
        assertEquals("out/x: No space left on device", FailureHandler.describe(
                new java.nio.file.FileSystemException("out/x", null, "No space left on device")));
        assertFalse(FailureHandler.describe(new NullPointerException()).contains("NullPointer"));
        assertEquals("x.docx: invalid distance too far back", FailureHandler.describe(
                new java.io.IOException("x.docx: java.util.zip.ZipException: invalid distance too far back")));
    }

    @Test
    void aHugeMaxSizeIsAUsageErrorNotAnOverflow() {
        assertEquals(2, run("extract", "--max-size", "99999999999999", in.toString(), "-o", tmp.resolve("s.json").toString()));
        assertTrue(err.toString().startsWith("--max-size must be between 1 and 2047 megabytes but was 99999999999999"),
                err.toString());
    }

    @Test
    void anEmptyZoneIsAUsageError() {
        assertEquals(2, run("extract", "--zone", "", in.toString(), "-o", tmp.resolve("s.json").toString()));
        assertTrue(err.toString().startsWith("--zone must name a zone"), err.toString());
    }

    @Test
    void controlCharactersOfFileNamesNeverReachTheTerminal() throws Exception {
        Files.write(in.resolve("evil\u001b]0;owned\u0007\u202e.txt"), new byte[0]);
        assertEquals(1, run("extract", in.toString(), "-o", tmp.resolve("s.json").toString()));
        String e = err.toString();
        assertFalse(e.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x202e), e);
        assertTrue(e.contains("evil\\x1b]0;owned\\x07\\u202e.txt: file is empty"), e);
    }

    @Test
    void reproducibleRunsGiveTheSameBytesInEveryFile() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("report", "-q", "--reproducible", in.toString(), "-o", a.toString()), err.toString());
        assertEquals(0, run("report", "-q", "--reproducible", in.toString(), "-o", b.toString()), err.toString());
        for (String name : new String[] {"summary.json", "report.xlsx", "briefing.pdf"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        assertFalse(Files.isSymbolicLink(a.resolve("summary.json")) || !Files.isRegularFile(a.resolve("summary.json"),
                LinkOption.NOFOLLOW_LINKS));
    }
}
