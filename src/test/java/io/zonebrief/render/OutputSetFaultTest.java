package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonebrief.Reports;
import io.zonebrief.cli.CliRunner;
import io.zonebrief.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder after faults: it holds the complete previous set or the complete new set, never a
 * mix left for good, and no debris after the next run (issue 16, case 7). Kills happen in a forked JVM.
 */
class OutputSetFaultTest {

    private static final String OLD = "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n";
    private static final String NEW = "2024年10月8日\n\n焦作高新区新签约项目12个,总投资30亿元。\n";

    @TempDir
    Path tmp;

    private Path out;
    private Path oldInput;
    private Path newInput;

    @BeforeEach
    void inputs() throws IOException {
        out = tmp.resolve("out");
        oldInput = Files.createDirectories(tmp.resolve("old")).resolve("luoyang.txt");
        newInput = Files.createDirectories(tmp.resolve("new")).resolve("jiaozuo.txt");
        Files.writeString(oldInput, OLD);
        Files.writeString(newInput, NEW);
    }

    private int report(Path input) {
        return Main.execute("report", "-q", input.toString(), "-o", out.toString());
    }

    private Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String name : List.of(Reports.SUMMARY, Reports.WORKBOOK, Reports.BRIEFING)) {
            m.put(name, Files.readAllBytes(out.resolve(name)));
        }
        return m;
    }

    private void assertSame(Map<String, byte[]> expected) throws IOException {
        Map<String, byte[]> now = contents();
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, now.get(name), name + " changed"));
    }

    /** The run id each of the three files carries. */
    private List<String> runIds() throws IOException {
        Matcher m = Pattern.compile("\"run_id\" : \"([0-9a-f]+)\"").matcher(Files.readString(out.resolve(Reports.SUMMARY)));
        String json = m.find() ? m.group(1) : null;
        String xlsx;
        try (InputStream in = Files.newInputStream(out.resolve(Reports.WORKBOOK)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            xlsx = wb.getProperties().getCustomProperties().getProperty("ZoneBrief.runId").getLpwstr();
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(out.resolve(Reports.BRIEFING).toFile())) {
            pdf = doc.getDocumentInformation().getCustomMetadataValue("ZoneBriefRunId");
        }
        return List.of(json, xlsx, pdf);
    }

    private void assertOneSet() throws IOException {
        List<String> ids = runIds();
        assertTrue(ids.get(0) != null && ids.stream().allMatch(ids.get(0)::equals), "one run's set: " + ids);
    }

    /** Everything in the folder that is not one of the three outputs or the lock. */
    private List<String> debris() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !List.of(Reports.SUMMARY, Reports.WORKBOOK, Reports.BRIEFING, OutputLock.FILE).contains(n))
                    .toList();
        }
    }

    @Test
    void everyFileOfASetCarriesTheSameRunIdAndTheNextRunAnother() throws Exception {
        assertEquals(0, report(oldInput));
        assertOneSet();
        String first = runIds().get(0);
        assertEquals(0, report(newInput));
        assertOneSet();
        assertNotEquals(first, runIds().get(0));
        assertEquals(List.of(), debris());
    }

    @Test
    void killedWhileWritingLeavesTheOldSetAndTheNextRunCleansUp() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        try (ForkedRun run = ForkedRun.stoppedAt(tmp, "staged report.xlsx", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            run.kill();
        }
        assertSame(old);
        assertTrue(debris().stream().anyMatch(n -> n.startsWith(".zonebrief-staging-")), "the kill left its staging: " + debris());

        assertEquals(0, report(newInput));
        assertOneSet();
        assertTrue(Files.readString(out.resolve(Reports.SUMMARY)).contains("焦作高新区"));
        assertEquals(List.of(), debris());
    }

    @Test
    void stoppedWhileWritingRemovesItsOwnStagingOnExit() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        try (ForkedRun run = ForkedRun.stoppedAt(tmp, "staged report.xlsx", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            run.terminate();
        }
        assertSame(old);
        assertEquals(List.of(), debris(), "SIGTERM runs the clean-up at exit");
    }

    @Test
    void killedWhileMovingTheSetInIsCompletedByTheNextRun() throws Exception {
        assertEquals(0, report(oldInput));
        String oldId = runIds().get(0);
        try (ForkedRun run = ForkedRun.stoppedAt(tmp, "moved summary.json", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            run.kill();
        }
        List<String> mixed = runIds();
        assertNotEquals(mixed.get(0), mixed.get(1), "the run ids show the mixed set");
        assertEquals(oldId, mixed.get(1));

        // the next run into the folder finishes the killed run's set before anything else
        Reports.open(out).close();
        assertOneSet();
        assertEquals(mixed.get(0), runIds().get(0));
        assertEquals(List.of(), debris());
    }

    @Test
    void killedOnceTheSetWasCompleteIsMovedInByTheNextRun() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        String oldId = runIds().get(0);
        try (ForkedRun run = ForkedRun.stoppedAt(tmp, "journalled", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            run.kill();
        }
        assertSame(old);
        Reports.open(out).close();
        assertOneSet();
        assertNotEquals(oldId, runIds().get(0));
        assertTrue(Files.readString(out.resolve(Reports.SUMMARY)).contains("焦作高新区"));
        assertEquals(List.of(), debris());
    }

    @Test
    void aSecondRunIntoALockedFolderFailsAtOnceNamingTheFolder() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        try (ForkedRun first = ForkedRun.stoppedAt(tmp, "staged summary.json", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = CliRunner.run(err, "report", "-q", "--no-wait", newInput.toString(), "-o", out.toString());
            assertEquals(1, code);
            assertTrue(err.toString().contains(out + ": another zonebrief run (process " + first.pid() + ") is writing"),
                    err.toString());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "--no-wait does not wait");
            assertSame(old);
            first.kill();
        }
        assertEquals(0, report(newInput));
        assertOneSet();
        assertEquals(List.of(), debris());
    }

    @Test
    void aSecondRunWaitsForTheFirstToFinishThenWritesItsOwnSet() throws Exception {
        assertEquals(0, report(oldInput));
        Path firstDir = Files.createDirectories(tmp.resolve("first"));
        Path secondDir = Files.createDirectories(tmp.resolve("second"));
        try (ForkedRun first = ForkedRun.stoppedAt(firstDir, "staged summary.json", "report", "-q", newInput.toString(),
                "-o", out.toString());
             ForkedRun second = ForkedRun.start(secondDir, List.of(), Main.class.getName(), "report", "-q",
                     "--wait", "300", oldInput.toString(), "-o", out.toString())) {
            String waiting = "waiting for " + out + ", held by run started ";
            String said = awaitLine(secondDir.resolve("stderr.txt"), waiting);
            assertTrue(said.contains("(pid " + first.pid() + ")"), said);
            assertTrue(second.isAlive(), "the second run waits");

            first.resume();
            assertEquals(0, first.exitCode());
            assertEquals(0, second.exitCode(), Files.readString(secondDir.resolve("stderr.txt")));
        }
        // the second run's set replaced the first's whole: 洛阳's article, one run id, no debris
        assertOneSet();
        assertTrue(Files.readString(out.resolve(Reports.SUMMARY)).contains("洛阳高新区"));
        assertEquals(List.of(), debris());
    }

    @Test
    void aSecondRunGivesUpAfterItsWaitNamingTheRunThatHoldsTheFolder() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        try (ForkedRun first = ForkedRun.stoppedAt(tmp, "staged summary.json", "report", "-q", newInput.toString(),
                "-o", out.toString())) {
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = CliRunner.run(err, "report", "-q", "--wait", "1", newInput.toString(), "-o", out.toString());
            long waited = System.nanoTime() - start;
            assertEquals(1, code);
            String[] lines = err.toString().strip().split("\n");
            assertEquals(2, lines.length, err.toString());
            assertTrue(lines[0].contains("waiting for " + out + ", held by run started ")
                    && lines[0].contains("(pid " + first.pid() + ")"), lines[0]);
            assertTrue(lines[1].contains(out + ": another zonebrief run (process " + first.pid()
                    + ") still held this folder after 1 s"), lines[1]);
            assertTrue(waited >= 1_000_000_000L && waited < 10_000_000_000L, "waited " + waited / 1_000_000 + " ms");
            assertSame(old);
            first.kill();
        }
    }

    @Test
    void aWaitOutsideItsBoundsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, CliRunner.run(err, "report", "--wait", "-1", oldInput.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("--wait must be between 0 and 86400 seconds but was -1"), err.toString());
    }

    /** Waits up to a minute for a line containing {@code text} in a file a forked run writes. */
    private static String awaitLine(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            }
            Thread.sleep(100);
        }
        return fail("no line '" + text + "' in " + (Files.exists(file) ? Files.readString(file) : "nothing"));
    }

    @Test
    void aFullDiskWhileWritingKeepsTheOldSetAndNamesTheFileAndReason() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        IOException e;
        try (OutputSet set = Reports.open(out)) {
            set.write(Reports.SUMMARY, o -> o.write("{}".getBytes()));
            e = assertThrows(IOException.class, () -> set.write(Reports.WORKBOOK, o -> {
                o.write(new byte[4096]);
                throw new FileSystemException(out.resolve(Reports.WORKBOOK) + ".part", null, "No space left on device");
            }));
        }
        assertEquals(out.resolve(Reports.WORKBOOK).toAbsolutePath() + ": cannot be written (No space left on device)",
                e.getMessage());
        assertSame(old);
        assertEquals(List.of(), debris());
    }

    @Test
    void aMoveThatFailsPutsThePreviousSetBack() throws Exception {
        assertEquals(0, report(oldInput));
        Map<String, byte[]> old = contents();
        StagedSet.steps = step -> {
            if (step.equals("moved " + Reports.WORKBOOK)) {
                throw new FileSystemException(out.resolve(Reports.BRIEFING).toString(), null, "Input/output error");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        try {
            assertEquals(1, io.zonebrief.cli.CliRunner.run(err, "report", "-q", newInput.toString(), "-o", out.toString()));
        } finally {
            StagedSet.steps = step -> { };
        }
        assertEquals("zonebrief: " + out + ": the new outputs could not be moved in (Input/output error); the previous "
                + "outputs were put back", err.toString().strip());
        assertSame(old);
        assertEquals(List.of(), debris());
    }

    @Test
    void whatAKilledRunLeftIsRemovedAndTheFilesOfOthersAreNot() throws Exception {
        assertEquals(0, report(oldInput));
        long dead = deadPid();
        Files.writeString(out.resolve(".summary.json." + dead + "-k3j.part"), "half");
        Files.writeString(out.resolve(".briefing.pdf.1lz9x0q8a.part"), "half, from an earlier version");
        Path staging = Files.createDirectories(out.resolve(".zonebrief-staging-" + dead + "-abc"));
        Files.writeString(staging.resolve(Reports.SUMMARY), "{}");
        Files.createDirectories(staging.resolve("poi")).resolve("poi-sxssf-sheet.xml").toFile().createNewFile();
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        Files.writeString(out.resolve(".summary.json." + ProcessHandle.current().pid() + "-live.part"), "in progress");

        assertEquals(0, report(newInput));
        assertEquals(List.of(".summary.json." + ProcessHandle.current().pid() + "-live.part", "notes.txt"),
                debris().stream().sorted().toList());
        assertOneSet();
    }

    /** A process id no process has: that of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
