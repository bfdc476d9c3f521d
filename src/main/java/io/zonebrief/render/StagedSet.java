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
     * When a move fails, the files already moved are put back from links to the previous ones, so
     * the folder again holds the previous set.
     *
     * @return the names moved in
     */
    List<String> commit() throws IOException {
        Path previous = keepPrevious();
        StringBuilder journal = new StringBuilder();
        targets.keySet().forEach(name -> journal.append(name).append('\n'));
        AtomicFiles.writeSynced(folder.resolve(JOURNAL + ".new"),
                out -> out.write(journal.toString().getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.moveOver(folder.resolve(JOURNAL + ".new"), folder.resolve(JOURNAL));
        // from here the set is complete: a run killed while moving is finished by the next run
        journalled = true;
        ExitCleanup.release(folder);
        steps.reached("journalled");
        List<String> moved = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> e : targets.entrySet()) {
                moved.add(e.getKey());
                move(folder.resolve(e.getKey()), e.getValue());
                steps.reached("moved " + e.getKey());
            }
        } catch (IOException e) {
            putBack(previous, moved);
            throw new IOException(folder.getParent() + ": the new outputs could not be moved in ("
                    + AtomicFiles.reason(e) + "); the previous outputs were put back", e);
        } catch (RuntimeException e) {
            putBack(previous, moved);
            throw e;
        }
        ExitCleanup.deleteTree(folder);
        return new ArrayList<>(targets.keySet());
    }

    /** Links to the current targets (copies where a link cannot be made), to put back after a failed move. */
    private Path keepPrevious() throws IOException {
        Path previous = Files.createDirectory(folder.resolve(".previous"));
        for (Map.Entry<String, Path> e : targets.entrySet()) {
            if (Files.isRegularFile(e.getValue())) {
                Path keep = previous.resolve(e.getKey());
                try {
                    Files.createLink(keep, e.getValue());
                } catch (IOException | UnsupportedOperationException notHere) {
                    Files.copy(e.getValue(), keep);
                }
            }
        }
        return previous;
    }

    /** Undoes the moves of {@code moved}; when that fails too, the journal stays for the next run to finish. */
    private void putBack(Path previous, List<String> moved) throws IOException {
        for (String name : moved) {
            Path keep = previous.resolve(name);
            if (Files.exists(keep)) {
                AtomicFiles.moveOver(keep, targets.get(name));
            } else {
                Files.deleteIfExists(targets.get(name));
            }
        }
        Files.delete(folder.resolve(JOURNAL));
        journalled = false;
        ExitCleanup.register(folder);
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
