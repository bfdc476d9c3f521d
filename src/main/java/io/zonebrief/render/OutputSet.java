package io.zonebrief.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one run into one folder, replaced as a set: the folder is checked and locked
 * before the analysis starts, what a killed run left there is finished or removed, every output is
 * written into a private staging folder, and only when all are on disk are they moved in together.
 * After a failure the folder still holds the previous set; after a kill it holds the previous set or,
 * once the next run has looked, the new one.
 *
 * <pre>
 * try (OutputSet set = OutputSet.open(Path.of("out"), List.of("summary.json", "report.xlsx"), "-o", LockWait.NONE)) {
 *     set.write("summary.json", out -&gt; ...);
 *     set.write("report.xlsx", out -&gt; ...);
 *     List&lt;Path&gt; written = set.commit();
 * }
 * </pre>
 */
public final class OutputSet implements Closeable {

    private final Path dir;
    private final String option;
    private final OutputLock lock;
    private final Map<String, Path> targets;
    private StagedSet staged;
    private boolean closed;

    private OutputSet(Path dir, String option, OutputLock lock, Map<String, Path> targets) {
        this.dir = dir;
        this.option = option;
        this.lock = lock;
        this.targets = targets;
    }

    /**
     * Checks {@code dir} and the files {@code names} would replace, creates the folder, takes its
     * lock and cleans up after runs that were stopped.
     *
     * @param option the option that named the folder, for messages ("-o")
     * @param wait how long to wait while another run holds the folder
     * @throws IOException one line naming the folder or file and what is wrong
     */
    public static OutputSet open(Path dir, List<String> names, String option, LockWait wait) throws IOException {
        OutputTarget.folder(dir, option);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create the output folder (" + AtomicFiles.reason(e) + ")", e);
        }
        OutputLock lock = OutputLock.acquire(dir, wait);
        try {
            Debris.recover(dir);
            Map<String, Path> targets = new LinkedHashMap<>();
            for (String name : names) {
                targets.put(name, OutputTarget.file(dir.resolve(name), option));
            }
            OutputSet set = new OutputSet(dir, option, lock, targets);
            set.staged = StagedSet.create(dir);
            return set;
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof IOException io && !(io.getMessage() != null && io.getMessage().startsWith(dir.toString()))) {
                throw new IOException(dir + ": cannot prepare the output folder (" + AtomicFiles.reason(io) + ")", io);
            }
            throw e;
        }
    }

    /** The output folder. */
    public Path dir() {
        return dir;
    }

    /** The private staging folder, also the place for this run's temporary files. */
    public Path scratch() {
        return staged.folder();
    }

    /**
     * Writes one output into the staging folder; the target is untouched until {@link #commit()}.
     *
     * @throws IOException naming the output and the reason (a full disk: "No space left on device")
     */
    public void write(String name, AtomicFiles.Content content) throws IOException {
        Path target = targets.get(name);
        if (target == null) {
            throw new IllegalArgumentException(name + " was not named when the set was opened");
        }
        staged.write(name, target, content);
    }

    /**
     * Moves every written output into the folder together.
     *
     * @return the files now in the folder, in the order written
     */
    public List<Path> commit() throws IOException {
        List<String> names = staged.commit();
        close();
        return names.stream().map(dir::resolve).toList();
    }

    /** Releases the lock; outputs not committed are discarded and the folder keeps its previous set. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            staged.discard();
        } finally {
            lock.close();
        }
    }

    @Override
    public String toString() {
        return "OutputSet[" + dir + ", " + option + "]";
    }
}
