package io.zonebrief.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of outputs written into a private staging folder beside their targets and then moved in
 * together. Once every file is on disk a journal ({@value #JOURNAL}) names them and their targets;
 * only then are they renamed into place. A run stopped before the journal leaves the old set alone
 * (the staging folder is removed later); a run stopped while renaming is finished by the next run
 * from the journal. Either way the folder ends up holding one complete set.
 */
final class StagedSet {

    static final String JOURNAL = ".commit";

    /** A step of a write ("staged report.xlsx", "journalled", "moved summary.json"). */
    @FunctionalInterface
    interface Steps {
        void reached(String step) throws IOException;
    }

    /** Fault-injection seam: the fault tests stop, kill or fail the process at a given step. */
    static volatile Steps steps = step -> { };

    private final Path folder;
    private final Map<String, Path> targets = new LinkedHashMap<>();
    private boolean journalled;

    private StagedSet(Path folder) {
        this.folder = folder;
    }

    /** A new, empty staging folder in {@code dir}, removed at exit unless committed. */
    static StagedSet create(Path dir) throws IOException {
        Path folder = dir.resolve(Debris.stagingName());
        Files.createDirectory(folder);
        ExitCleanup.register(folder);
        return new StagedSet(folder);
    }

    Path folder() {
        return folder;
    }

    /** Writes one output into the staging folder; {@code target} is where commit will put it. */
    void write(String name, Path target, AtomicFiles.Content content) throws IOException {
        try {
            AtomicFiles.writeSynced(folder.resolve(name), content);
        } catch (IOException e) {
            throw AtomicFiles.failure(target, e);
        }
        targets.put(name, target);
        steps.reached("staged " + name);
    }

    /**
     * Moves every staged file over its target, in the order written, and removes the staging folder.
     *
     * @return the names moved in
     */
    List<String> commit() throws IOException {
        StringBuilder journal = new StringBuilder();
        targets.keySet().forEach(name -> journal.append(name).append('\n'));
        AtomicFiles.writeSynced(folder.resolve(JOURNAL + ".new"),
                out -> out.write(journal.toString().getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.moveOver(folder.resolve(JOURNAL + ".new"), folder.resolve(JOURNAL));
        // from here the set is complete: an interrupted move is to be finished, never undone
        journalled = true;
        ExitCleanup.release(folder);
        steps.reached("journalled");
        for (Map.Entry<String, Path> e : targets.entrySet()) {
            move(folder.resolve(e.getKey()), e.getValue());
            steps.reached("moved " + e.getKey());
        }
        ExitCleanup.deleteTree(folder);
        return new ArrayList<>(targets.keySet());
    }

    /**
     * Removes the staging folder and what it holds; the targets are untouched. A set whose journal
     * is written stays for the next run to finish.
     */
    void discard() throws IOException {
        if (journalled) {
            return;
        }
        ExitCleanup.deleteTree(folder);
        ExitCleanup.release(folder);
    }

    /**
     * Deals with a staging folder a stopped run left in {@code dir}: finishes its moves when its
     * journal was written, else removes it.
     */
    static void recover(Path dir, Path staging) throws IOException {
        Path journal = staging.resolve(JOURNAL);
        if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            for (String name : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                Path staged = staging.resolve(name).normalize();
                // a journal names files of its own folder; anything else is not ours to move
                if (!name.isBlank() && staged.getParent().equals(staging)
                        && Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                    move(staged, OutputTarget.file(dir.resolve(name), "-o"));
                }
            }
        }
        ExitCleanup.deleteTree(staging);
    }

    private static void move(Path staged, Path target) throws IOException {
        Path stagingDir = staged.getParent();
        Path outputDir = stagingDir.getParent();
        if (Files.isSameFile(outputDir, target.toAbsolutePath().getParent())) {
            try {
                AtomicFiles.moveOver(staged, target);
            } catch (IOException e) {
                throw AtomicFiles.failure(target, e);
            }
            return;
        }
        // a symbolic link leads elsewhere, maybe to another file system: copy beside the target, then rename
        AtomicFiles.write(target, out -> Files.copy(staged, out));
        Files.deleteIfExists(staged);
    }
}
