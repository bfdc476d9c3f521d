package io.zonebrief.render;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes the temporary files and folders of unfinished writes when the program is stopped (Ctrl-C,
 * SIGTERM), so an interrupted run leaves no debris. A run killed outright cannot clean up; the next
 * run does ({@link OutputSet}, {@link AtomicFiles}).
 */
public final class ExitCleanup {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::runAll, "zonebrief-cleanup"));
    }

    private ExitCleanup() {
    }

    /** Deletes {@code path} (a file, or a folder with everything in it) at exit unless released first. */
    public static void register(Path path) {
        PENDING.add(path);
    }

    /** Forgets {@code path}: it was finished or removed already. */
    public static void release(Path path) {
        PENDING.remove(path);
    }

    private static void runAll() {
        for (Path p : PENDING) {
            try {
                deleteTree(p);
            } catch (IOException | RuntimeException e) {
                // exiting: nothing useful to do with a failure here, the next run cleans up
            }
        }
    }

    /** Deletes a file, or a folder and all it holds; symbolic links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
