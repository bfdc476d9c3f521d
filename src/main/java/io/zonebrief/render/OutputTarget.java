package io.zonebrief.render;

import io.zonebrief.internal.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides where an output may go before anything is analysed or written. Only regular files are
 * replaced: a device, named pipe, socket or folder at the target is refused, since renaming over
 * /dev/null as root would turn the device into a file. A symbolic link is followed on purpose, so the
 * file it points to is replaced and the link stays.
 */
public final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * The file to replace for {@code target}: the target itself, or what its symbolic links lead to.
     *
     * @param option the option that named it, for messages ("-o")
     * @throws IOException one line naming the target and why it cannot be written
     */
    public static Path file(Path target, String option) throws IOException {
        Path real = followLinks(target, option);
        FileKind kind = FileKind.of(real);
        if (kind != FileKind.MISSING && !kind.isRegular()) {
            throw new IOException(target + ": is " + kind.description() + ", not a regular file; " + option
                    + " must name a file ZoneBrief may create or replace");
        }
        Path parent = real.toAbsolutePath().getParent();
        FileKind parentKind = FileKind.of(parent);
        if (parentKind != FileKind.MISSING && parentKind != FileKind.FOLDER) {
            throw new IOException(target + ": cannot be written, " + parent + " is " + parentKind.description()
                    + ", not a folder");
        }
        return real;
    }

    /**
     * Checks a folder for outputs: missing (it will be created) or a folder, never a file or device.
     *
     * @throws IOException one line naming the folder and what is wrong
     */
    public static Path folder(Path dir, String option) throws IOException {
        FileKind kind = FileKind.of(dir);
        if (kind != FileKind.MISSING && kind != FileKind.FOLDER) {
            throw new IOException(dir + ": is " + kind.description() + "; " + option + " must name a folder");
        }
        if (kind == FileKind.MISSING && FileKind.ofLink(dir) == FileKind.SYMLINK) {
            throw new IOException(dir + ": is a symbolic link to nothing; " + option + " must name a folder");
        }
        return dir;
    }

    /**
     * Creates the folder a file output goes into, so a folder that cannot be made fails before the
     * analysis rather than after it.
     */
    public static void folderOf(Path file, String option) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create the folder for " + option + " (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    /** Where a chain of symbolic links ends; a link to nothing is refused rather than followed blindly. */
    private static Path followLinks(Path target, String option) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException(target + ": too many levels of symbolic links");
            }
            Path next = Files.readSymbolicLink(p);
            Path parent = p.toAbsolutePath().getParent();
            p = parent == null ? next : parent.resolve(next);
        }
        if (!p.equals(target) && FileKind.of(p) == FileKind.MISSING && FileKind.of(p.toAbsolutePath().getParent())
                != FileKind.FOLDER) {
            throw new IOException(target + ": is a symbolic link to " + p + ", whose folder does not exist; "
                    + option + " must name a file ZoneBrief may write");
        }
        return p.normalize();
    }
}
