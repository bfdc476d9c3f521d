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
 * given, folders recursively in path order, hidden files and Word lock files (~$name.docx) left out.
 * Files of unknown type found in a folder are reported as skipped rather than read; a
 * {@link Manifest} file is reported as such, since it describes the articles rather than being one.
 */
public final class InputFinder {

    /**
     * What the inputs expand to.
     *
     * @param files     article files to read, in order
     * @param skipped   files of a type no reader handles
     * @param missing   inputs that do not exist
     * @param manifests manifest files found among the inputs ({@link Manifest#FILE_NAMES}), in order
     */
    public record Found(List<Path> files, List<Path> skipped, List<Path> missing, List<Path> manifests) {
        public Found {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            missing = List.copyOf(missing);
            manifests = List.copyOf(manifests);
        }

        /** Inputs without manifests. */
        public Found(List<Path> files, List<Path> skipped, List<Path> missing) {
            this(files, skipped, missing, List.of());
        }
    }

    private InputFinder() {
    }

    public static Found find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> found;
            if (Files.isDirectory(input)) {
                found = walk(input);
            } else if (Files.exists(input)) {
                found = List.of(input);
            } else {
                missing.add(input);
                continue;
            }
            for (Path f : found) {
                if (Manifest.isManifest(f)) {
                    manifests.add(f);
                } else {
                    (DocumentReader.supports(f) ? files : skipped).add(f);
                }
            }
        }
        return new Found(files, skipped, missing, manifests);
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

    /** Dot files, and the owner files Word leaves beside an open document (~$name.docx). */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }
}
