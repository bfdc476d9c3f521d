package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.summary.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of threads never changes a run's results: documents taught enterprise names by earlier
 * ones, unreadable files and documents of every size, analysed on 1 to 7 threads, give byte-identical
 * summary.json.
 */
class ThreadsTest {

    @TempDir
    Path corpus;

    @Test
    void summaryIsByteIdenticalOnAnyNumberOfThreads() throws IOException {
        List<Path> articles = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/io/zonebrief/blind3"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(articles::add);
            }
        }
        // interleaved copies: a name learned from one copy places a later one, whichever thread read it first
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < articles.size(); i++) {
                Path a = articles.get((i * 5 + round) % articles.size());
                Files.copy(a, corpus.resolve(String.format("r%d_%02d_%s", round, i, a.getFileName())));
            }
        }
        Files.write(corpus.resolve("r1_broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8, 0x41});

        String one = summaryJson(1);
        assertTrue(one.contains("同现"), "the corpus exercises learned names");
        for (int threads : List.of(2, 4, 7)) {
            assertEquals(one, summaryJson(threads), "summary.json on " + threads + " threads");
        }
    }

    private String summaryJson(int threads) throws IOException {
        RunOptions options = RunOptions.defaults().withReproducible(true).withThreads(threads);
        return SummaryJson.toJson(ZoneBrief.analyze(List.of(corpus), options, Progress.NONE));
    }
}
