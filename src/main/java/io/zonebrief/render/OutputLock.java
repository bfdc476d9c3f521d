package io.zonebrief.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An exclusive lock on an output folder, held from before the analysis until the outputs are in
 * place, so that two runs into one folder cannot interleave their files. A second run waits for it
 * as long as its {@link LockWait} allows, saying once which run holds it, then fails with a message
 * naming the folder and that run. The lock is the operating system's (released when the process
 * dies, even by kill -9); the file {@value #FILE} that carries it stays in the folder, holding the
 * last holder's process id and start time.
 */
final class OutputLock implements Closeable {

    static final String FILE = ".zonebrief.lock";

    private static final long POLL_MILLIS = 250;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}.
     *
     * @throws IOException naming the folder when another run holds it or the lock cannot be made
     */
    static OutputLock acquire(Path dir, LockWait wait) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot lock the output folder (" + AtomicFiles.reason(e) + ")", e);
        }
        FileLock lock = tryLock(dir, channel);
        if (lock == null && !wait.limit().isZero()) {
            lock = waitFor(dir, channel, wait);
        }
        if (lock == null) {
            Holder holder = Holder.read(channel);
            channel.close();
            String what = wait.limit().isZero() ? " is writing into this folder"
                    : " still held this folder after " + wait.limit().toSeconds() + " s";
            throw new IOException(dir + ": another zonebrief run" + holder.process() + what
                    + "; wait until it ends or choose another -o");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Holder.current().line().getBytes(StandardCharsets.US_ASCII)), 0);
        return new OutputLock(channel, lock);
    }

    /** The lock, or null when another run (in this process or another) holds it. */
    private static FileLock tryLock(Path dir, FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            channel.close();
            throw new IOException(dir + ": cannot lock the output folder (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    /**
     * Polls for the lock until the wait's limit. The operating system's blocking lock cannot be
     * given a time limit, and a poll every quarter second costs nothing beside a run of minutes.
     */
    private static FileLock waitFor(Path dir, FileChannel channel, LockWait wait) throws IOException {
        wait.notice().accept("waiting for " + dir + ", held by " + Holder.read(channel).describe()
                + " (up to " + wait.limit().toSeconds() + " s; --no-wait fails at once)");
        long deadline = System.nanoTime() + wait.limit().toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new IOException(dir + ": stopped while waiting for the output folder", e);
            }
            FileLock lock = tryLock(dir, channel);
            if (lock != null) {
                return lock;
            }
        }
        return null;
    }

    /** Who holds the lock, as its file says: "pid started-at". */
    private record Holder(String pid, String started) {

        static Holder current() {
            return new Holder(Long.toString(ProcessHandle.current().pid()),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        }

        static Holder read(FileChannel channel) {
            try {
                ByteBuffer buf = ByteBuffer.allocate(80);
                channel.read(buf, 0);
                String[] words = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip().split("\\s+");
                String pid = words[0].matches("\\d{1,10}") ? words[0] : "";
                String started = words.length > 1 && words[1].matches("[0-9T:Z-]{10,25}") ? words[1] : "";
                return new Holder(pid, started);
            } catch (IOException e) {
                return new Holder("", "");
            }
        }

        String line() {
            return pid + " " + started + "\n";
        }

        /** " (process 1234)", or nothing when the file does not say. */
        String process() {
            return pid.isEmpty() ? "" : " (process " + pid + ")";
        }

        String describe() {
            return "run" + (started.isEmpty() ? "" : " started " + started) + (pid.isEmpty() ? "" : " (pid " + pid + ")");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
