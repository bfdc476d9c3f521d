package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A single output (extract -o) after a full disk and after a killed writer (issue 16, cases 7 and 8). */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskNamesTheTargetNotTheTemporaryFileAndLeavesTheOldFile() throws Exception {
        Path target = Files.writeString(tmp.resolve("summary.json"), "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100]);
            throw new FileSystemException(tmp.resolve(".summary.json.123-abc.part").toString(), null,
                    "No space left on device");
        }));
        assertEquals(target + ": cannot be written (No space left on device)", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void partsOfAKilledWriterAreRemovedByTheNextWriteOfTheSameFile() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(tmp.resolve(".summary.json." + ended.pid() + "-x1.part"), "half");
        Files.writeString(tmp.resolve(".summary.json.l8k2j3.part"), "half, from an earlier version");
        Files.writeString(tmp.resolve(".other.json." + ended.pid() + "-x1.part"), "another file's");
        AtomicFiles.write(tmp.resolve("summary.json"), out -> out.write('x'));
        assertEquals(List.of(".other.json." + ended.pid() + "-x1.part", "summary.json"), names());
    }
}
