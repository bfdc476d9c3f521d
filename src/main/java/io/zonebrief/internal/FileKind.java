package io.zonebrief.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is on disk. Reading a named pipe blocks until a writer comes and writing over a
 * device file replaces it, so inputs and outputs are checked before anything opens them.
 */
public enum FileKind {
    MISSING("missing"),
    REGULAR("a regular file"),
    FOLDER("a folder"),
    FIFO("a named pipe (FIFO)"),
    SOCKET("a socket"),
    CHAR_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SYMLINK("a symbolic link"),
    OTHER("a special file");

    // st_mode's file type bits (sys/stat.h)
    private static final int TYPE_MASK = 0170000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** "a named pipe (FIFO)", for messages. */
    public String description() {
        return description;
    }

    /** True for the kinds one may read or replace as a file's content. */
    public boolean isRegular() {
        return this == REGULAR;
    }

    /** True for pipes, sockets and devices: neither a file nor a folder. */
    public boolean isSpecial() {
        return this == FIFO || this == SOCKET || this == CHAR_DEVICE || this == BLOCK_DEVICE || this == OTHER;
    }

    /** The kind of {@code path}, following symbolic links; a dangling link is {@link #MISSING}. */
    public static FileKind of(Path path) throws IOException {
        return of(path, true);
    }

    /** The kind of the link itself ({@link #SYMLINK}) when {@code path} is a symbolic link. */
    public static FileKind ofLink(Path path) throws IOException {
        return of(path, false);
    }

    private static FileKind of(Path path, boolean follow) throws IOException {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (a.isRegularFile()) {
            return REGULAR;
        }
        if (a.isDirectory()) {
            return FOLDER;
        }
        if (a.isSymbolicLink()) {
            return SYMLINK;
        }
        return special(path, options);
    }

    private static FileKind special(Path path, LinkOption[] options) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
            return switch (mode & TYPE_MASK) {
                case 0010000 -> FIFO;
                case 0140000 -> SOCKET;
                case 0020000 -> CHAR_DEVICE;
                case 0060000 -> BLOCK_DEVICE;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view (Windows): the kind stays unnamed but is still refused
            return OTHER;
        }
    }
}
