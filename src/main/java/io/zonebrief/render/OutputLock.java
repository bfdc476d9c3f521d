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

/**
 * An exclusive lock on an output folder, held from before the analysis until the outputs are in
 * place, so that two runs into one folder cannot interleave their files. The second run fails at
 * once with a message naming the folder and the process holding it. The lock is the operating
 * system's (released when the process dies, even by kill -9); the file {@value #FILE} that carries it
 * stays in the folder, holding the last holder's process id.
 */
final class OutputLock implements Closeable {

    static final String FILE = ".zonebrief.lock";

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
    static OutputLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot lock the output folder (" + AtomicFiles.reason(e) + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw new IOException(dir + ": cannot lock the output folder (" + AtomicFiles.reason(e) + ")", e);
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new IOException(dir + ": another zonebrief run" + holder + " is writing into this folder; "
                    + "wait until it ends or choose another -o");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return new OutputLock(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            channel.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
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
