package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI's shared /tmp/poifiles, made by another user, must not stop our workbook (issue 16, case 6):
 * the run keeps POI's temporary files in a folder of its own and removes them.
 */
class PoiTempTest {

    @TempDir
    Path tmp;

    @Test
    void aPoifilesFolderThatCannotBeUsedDoesNotStopTheWorkbook() throws Exception {
        Path systemTmp = Files.createDirectories(tmp.resolve("systmp"));
        // what another user's /tmp/poifiles is to us: a path POI cannot create its files under
        Files.writeString(systemTmp.resolve("poifiles"), "not a folder");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n");
        Path out = tmp.resolve("out");
        try (ForkedRun run = ForkedRun.start(tmp, List.of("-Djava.io.tmpdir=" + systemTmp),
                "io.zonebrief.cli.Main", "report", "-q", in.toString(), "-o", out.toString())) {
            assertEquals(0, run.exitCode(), Files.readString(tmp.resolve("stderr.txt")));
        }
        assertTrue(Files.size(out.resolve("report.xlsx")) > 0);
        try (Stream<Path> left = Files.list(systemTmp)) {
            assertEquals(List.of("poifiles"), left.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(".zonebrief.lock", "briefing.pdf", "report.xlsx", "summary.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
