package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Figure;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walking the inputs (issue 16, cases 2, 4 and 5): what cannot be read is named and skipped while the
 * rest goes on; files of the same name get ids of their own; a file reached twice is read once.
 */
class InputWalkTest {

    private static final String ARTICLE = "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n";

    @TempDir
    Path tmp;

    private static Summary analyze(Path... inputs) throws IOException {
        return ZoneBrief.analyze(List.of(inputs), RunOptions.defaults().withReproducible(true), Progress.NONE);
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is available");
    }

    @Test
    void filesOfTheSameNameInTwoFoldersGetTheirOwnDocumentAndFigureIds() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("luoyang.txt"), ARTICLE);
        Files.writeString(b.resolve("luoyang.txt"), ARTICLE);
        Files.writeString(b.resolve("other.txt"), ARTICLE);
        Summary s = analyze(a, b);
        List<String> docIds = s.documents().stream().map(DocumentInfo::id).toList();
        assertEquals(3, new HashSet<>(docIds).size(), docIds.toString());
        assertTrue(docIds.contains("other"), "a name no other file has stays the id: " + docIds);
        Set<String> figureIds = new HashSet<>();
        s.figures().forEach(f -> assertTrue(figureIds.add(f.id()), "figure id " + f.id() + " twice"));
        assertEquals(analyze(a, b).figures().stream().map(Figure::id).toList(),
                s.figures().stream().map(Figure::id).toList(), "the same inputs give the same ids");
    }

    @Test
    void theSameFolderGivenTwiceIsReadOnceWithAWarningNamingBothPaths() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("luoyang.txt"), ARTICLE);
        Summary s = analyze(a, tmp.resolve("./a"));
        assertEquals(1, s.documents().size());
        assertEquals(List.of(Problem.skipped(tmp.resolve("./a/luoyang.txt").toString(),
                "same file as " + a.resolve("luoyang.txt") + ", read once")), s.problems());
        assertEquals("luoyang", s.documents().get(0).id());
    }

    @Test
    void aPathTooLongToOpenIsNamedAndTheOtherFilesAreRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        // 20 folders of 250 characters: deeper than PATH_MAX (4096), made one cd at a time
        String name = "d".repeat(250);
        Process mk = new ProcessBuilder("bash", "-c", "cd \"$0\" && for i in $(seq 20); do mkdir " + name + " && cd "
                + name + " || exit 1; done && echo x > deep.txt", in.toString()).start();
        try {
            assumeTrue(mk.waitFor() == 0, "the file system allows paths beyond PATH_MAX");
            Summary s = analyze(in);
            assertEquals(1, s.documents().size());
            assertEquals(1, s.problems().size(), s.problems().toString());
            Problem p = s.problems().get(0);
            assertTrue(p.failed() && p.message().contains("too long"), p.toString());
        } finally {
            // rm walks relative to each folder; Java's delete of the temporary folder cannot reach that deep
            new ProcessBuilder("rm", "-rf", in.resolve(name).toString()).start().waitFor();
        }
    }

    @Test
    void anUnreadableFolderIsNamedAndTheOtherFilesAreRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), ARTICLE);
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            if (Files.isReadable(locked)) {
                unreadableForARunWithoutRootsPowers(in, locked);
                return;
            }
            Summary s = analyze(in);
            assertEquals(1, s.documents().size());
            assertEquals(List.of(Problem.failed(locked.toString(), "permission denied")), s.problems());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Root reads every folder; a run without the capabilities that let it does not (setpriv). */
    private void unreadableForARunWithoutRootsPowers(Path in, Path locked) throws Exception {
        String caps = "-dac_override,-dac_read_search";
        Path json = tmp.resolve("s.json");
        Process p;
        try {
            p = new ProcessBuilder("setpriv", "--inh-caps=" + caps, "--bounding-set=" + caps,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.zonebrief.cli.Main",
                "extract", "-q", in.toString(), "-o", json.toString())
                .redirectErrorStream(true).start();
        } catch (IOException noSetpriv) {
            assumeTrue(false, "setpriv is installed");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        assumeTrue(!output.startsWith("setpriv:"), "setpriv may drop capabilities here: " + output);
        assertEquals(1, code, output);
        assertEquals("zonebrief: failed: " + locked + ": permission denied", output.strip());
        assertTrue(Files.readString(json).contains("\"id\" : \"luoyang\""));
    }

    @Test
    void aNamedPipeGivenOrFoundIsNamedAndNeverWaitedOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        mkfifo(in.resolve("pipe.txt"));
        Path given = tmp.resolve("given.txt");
        mkfifo(given);
        // a guard against the hang this test is about, not a measure of speed
        Summary s = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> analyze(in, given));
        assertEquals(1, s.documents().size());
        assertEquals(List.of(
                Problem.failed(given.toString(), "is a named pipe (FIFO), not an article file"),
                Problem.failed(in.resolve("pipe.txt").toString(), "is a named pipe (FIFO), not an article file")),
                s.problems().stream().sorted(java.util.Comparator.comparing(Problem::file)).toList());
        IngestException direct = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
                () -> DocumentReader.withDefaults().read(given));
        assertEquals(given + ": is a named pipe (FIFO), not a file", direct.getMessage());
    }

    @Test
    void aManifestRowThatMatchesNoFileIsReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        Files.writeString(in.resolve("zonebrief-manifest.csv"),
                "file,published\nluoyang.txt,2024-09-30\nluoyamg.txt,2024-10-01\n");
        Summary s = analyze(in);
        assertEquals(List.of(Problem.skipped(in.resolve("zonebrief-manifest.csv").toString(),
                "line 3: no input file matches 'luoyamg.txt'")), s.problems());
    }

    @Test
    void aManifestOverItsLimitDoesNotPointAtMaxSize() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path manifest = in.resolve("zonebrief-manifest.csv");
        try (var ch = java.nio.channels.FileChannel.open(manifest, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'f'}), 17L * 1024 * 1024);
        }
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> Manifest.load(manifest));
        assertTrue(e.getMessage().contains("a manifest may have") && !e.getMessage().contains("--max-size"), e.getMessage());
    }
}
