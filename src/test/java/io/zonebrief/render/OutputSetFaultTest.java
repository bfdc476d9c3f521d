package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Reports;
import io.zonebrief.cli.Main;
import java.io.IOException;
import java.io.InputStream;
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
            java.io.StringWriter err = new java.io.StringWriter();
            int code = io.zonebrief.cli.CliRunner.run(err, "report", "-q", newInput.toString(), "-o", out.toString());
            assertEquals(1, code);
            assertTrue(err.toString().contains(out + ": another zonebrief run (process " + first.pid() + ")"),
                    err.toString());
            assertSame(old);
            first.kill();
        }
        assertEquals(0, report(newInput));
        assertOneSet();
        assertEquals(List.of(), debris());
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
