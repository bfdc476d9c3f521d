package io.zonebrief.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part:
 * the content goes to a temporary file in the same folder, is flushed to disk, and is then renamed
 * over the target. Only a regular file is ever replaced ({@link OutputTarget}); a symbolic link is
 * written through. Parts left by a killed writer are removed by the next write of the same file.
 */
public final class AtomicFiles {

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. On any failure the temporary file is removed and the
     * target is left as it was.
     *
     * @throws IOException one line naming the target and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        Path real = OutputTarget.file(target, "an output");
        Path dir = real.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create the folder (" + reason(e) + ")", e);
        }
        Debris.cleanParts(dir, real.getFileName().toString());
        Path tmp = dir.resolve(Debris.partName(real.getFileName().toString()));
        ExitCleanup.register(tmp);
        try {
            writeSynced(tmp, content);
            moveOver(tmp, real);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            if (e instanceof IOException io) {
                throw failure(target, io);
            }
            throw e;
        } finally {
            ExitCleanup.release(tmp);
        }
    }

    /** Writes a new file and forces it to disk before returning, so a rename after it never exposes a hole. */
    static void writeSynced(Path file, Content content) throws IOException {
        // not Files.createTempFile: its owner-only permissions would carry over to the finished file
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Renames {@code from} over {@code to}, atomically when the file system can. */
    static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Makes a rename durable; not every file system lets a folder be opened for that, which is harmless. */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: the rename itself has happened
        }
    }

    /** "out/summary.json: cannot be written (No space left on device)". */
    static IOException failure(Path target, IOException e) {
        String why = reason(e);
        String prefix = target + ":";
        return new IOException(why.startsWith(prefix) ? why : prefix + " cannot be written (" + why + ")", e);
    }

    /** The operating system's reason without the paths Java puts around it, or the message's first line. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "input/output error";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m.strip().lines().findFirst().orElse(m);
    }
}
