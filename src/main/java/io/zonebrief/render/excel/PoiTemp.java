package io.zonebrief.render.excel;

import io.zonebrief.render.ExitCleanup;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI puts the temporary files of a streamed workbook: a folder private to this write, not
 * POI's shared {@code /tmp/poifiles}, which the first user to create it owns and every other user
 * then cannot write into. The strategy is set for the writing thread only, so concurrent writes in
 * one program do not share it.
 */
final class PoiTemp implements TempFileCreationStrategy {

    /** {@code zonebrief-poi-<pid>-<random>} in the system's temporary folder. */
    private static final Pattern OWN = Pattern.compile("zonebrief-poi-(\\d+)-.*");

    private final Path dir;

    private PoiTemp(Path dir) {
        this.dir = dir;
    }

    /** Body of a write that may throw. */
    interface Body {
        void run() throws IOException;
    }

    /**
     * Runs {@code body} with POI's temporary files in {@code scratch}, or, when it is null, in a new
     * private folder that is removed afterwards.
     */
    static void run(Path scratch, Body body) throws IOException {
        Path dir = scratch != null ? scratch.resolve("poi") : privateFolder();
        TempFile.setThreadLocalTempFileCreationStrategy(new PoiTemp(dir));
        // the parts of the workbook being saved (a sheet with all its links) go to temporary files in
        // the same folder, not to byte arrays: with a few hundred thousand figures these would not fit
        // beside the summary in a small heap
        boolean tempParts = ZipPackage.useTempFilePackageParts();
        ZipPackage.setUseTempFilePackageParts(true);
        try {
            body.run();
        } finally {
            ZipPackage.setUseTempFilePackageParts(tempParts);
            TempFile.setThreadLocalTempFileCreationStrategy(null);
            if (scratch == null) {
                ExitCleanup.deleteTree(dir);
                ExitCleanup.release(dir);
            }
        }
    }

    private static Path privateFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp);
        // createTempDirectory makes it owner-only (rwx------) on POSIX systems
        Path dir = Files.createTempDirectory(tmp, "zonebrief-poi-" + ProcessHandle.current().pid() + "-");
        ExitCleanup.register(dir);
        return dir;
    }

    /** Folders of ours whose process was killed before it could remove them. */
    private static void removeStale(Path tmp) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, "zonebrief-poi-*")) {
            for (Path p : entries) {
                Matcher m = OWN.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1))) && Files.isWritable(p)) {
                    ExitCleanup.deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // someone else's folder or a race with its owner: leave it
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        Files.createDirectories(dir);
        return Files.createTempFile(dir, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        Files.createDirectories(dir);
        return Files.createTempDirectory(dir, prefix).toFile();
    }
}
