package io.zonebrief.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the temporary files and folders of unfinished writes after the process that made them,
 * and removes those whose process is gone: a run killed outright (kill -9, power loss) leaves them
 * behind, and the next run into the same place cleans up. Files of a process still running are left
 * alone, since they may belong to a write in progress.
 */
final class Debris {

    /** {@code .summary.json.<pid>-<random>.part} beside the file being replaced. */
    private static final Pattern PART = Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-z]+\\.part");
    /** Parts named by earlier versions, without the writer's process id. */
    private static final Pattern OLD_PART = Pattern.compile("\\.(.+)\\.[0-9a-z]+\\.part");
    /** {@code .zonebrief-staging-<pid>-<random>} in an output folder. */
    static final Pattern STAGING = Pattern.compile("\\.zonebrief-staging-(\\d+)-[0-9a-z]+");
    /** Our own output names, for parts that carry no process id. */
    private static final Pattern OUR_OUTPUTS = Pattern.compile("\\.(summary\\.json|report\\.xlsx|briefing\\.pdf)\\..*");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Debris() {
    }

    static String partName(String target) {
        return "." + target + "." + ProcessHandle.current().pid() + "-" + suffix() + ".part";
    }

    static String stagingName() {
        return ".zonebrief-staging-" + ProcessHandle.current().pid() + "-" + suffix();
    }

    private static String suffix() {
        return Long.toUnsignedString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    /** Removes the parts of {@code target} in {@code dir} whose writer has ended. */
    static void cleanParts(Path dir, String target) throws IOException {
        clean(dir, target, false);
    }

    /**
     * Under the folder's lock: finishes a staged set that was complete when its run stopped, removes
     * the other staged sets, and removes every part whose writer has ended.
     */
    static void recover(Path dir) throws IOException {
        clean(dir, null, true);
    }

    private static void clean(Path dir, String target, boolean staging) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                Matcher part = PART.matcher(name);
                if (part.matches() && (target == null || part.group(1).equals(target))
                        && !alive(Long.parseLong(part.group(2))) && isOrdinaryFile(p)) {
                    Files.deleteIfExists(p);
                } else if (!part.matches() && OLD_PART.matcher(name).matches() && isOrdinaryFile(p)
                        && (target == null ? OUR_OUTPUTS.matcher(name).matches() : name.startsWith("." + target + "."))) {
                    Files.deleteIfExists(p);
                } else if (staging && STAGING.matcher(name).matches()
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    StagedSet.recover(dir, p);
                }
            }
        }
    }

    private static boolean isOrdinaryFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    static boolean alive(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
