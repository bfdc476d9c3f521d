package io.zonebrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into the article files to read, in a stable order: files as
 * given, folders recursively in path order, hidden files left out. Files of unknown type found in a
 * folder are reported as skipped rather than read.
 */
public final class InputFinder {

    /** What the inputs expand to. */
    public record Found(List<Path> files, List<Path> skipped, List<Path> missing) {
        public Found {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            missing = List.copyOf(missing);
        }
    }

    private InputFinder() {
    }

    public static Found find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path f : walk(input)) {
                    (DocumentReader.supports(f) ? files : skipped).add(f);
                }
            } else if (Files.exists(input)) {
                (DocumentReader.supports(input) ? files : skipped).add(input);
            } else {
                missing.add(input);
            }
        }
        return new Found(files, skipped, missing);
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
