package io.zonebrief.ingest;

import io.zonebrief.internal.FileKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the paths a user names into the article files to read, in a stable order: files as
 * given, folders recursively in path order, hidden files and Word lock files (~$name.docx) left out.
 * A file is read when its name or, failing that, its first bytes show a format a reader handles (a
 * page saved as .jsp or without extension is read); any other is reported as skipped, saying what it
 * holds; a
 * {@link Manifest} file is reported as such, since it describes the articles rather than being one.
 * What cannot be used — a folder that cannot be read, a path too long to open, a named pipe, socket
 * or device — is named with the reason and the walk goes on. A file reached twice (the same folder
 * given twice, a link) is read once, and each file gets a document id of its own ({@link DocumentIds}).
 */
public final class InputFinder {

    /**
     * A path that cannot be used, and why.
     *
     * @param path   the path as reached from the input
     * @param reason one line: "permission denied", "is a named pipe (FIFO), not an article file"
     */
    public record Unusable(Path path, String reason) {
    }

    /**
     * What the inputs expand to.
     *
     * @param files      article files to read, in order, each once
     * @param skipped    files whose content is no format a reader handles
     * @param missing    inputs that do not exist
     * @param manifests  manifest files found among the inputs ({@link Manifest#FILE_NAMES}), in order
     * @param unusable   folders and files that cannot be read, with the reason
     * @param duplicates files reached a second time, each with the path under which it is read
     * @param ids        the document id of each file
     * @param skipWhy    what each skipped file holds instead of an article ("an image (PNG)")
     */
    public record Found(List<Path> files, List<Path> skipped, List<Path> missing, List<Path> manifests,
                        List<Unusable> unusable, Map<Path, Path> duplicates, Map<Path, String> ids,
                        Map<Path, String> skipWhy) {
        public Found {
            skipWhy = Map.copyOf(skipWhy);
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            missing = List.copyOf(missing);
            manifests = List.copyOf(manifests);
            unusable = List.copyOf(unusable);
            duplicates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(duplicates));
            ids = Map.copyOf(ids);
        }

        /** Inputs without manifests. */
        public Found(List<Path> files, List<Path> skipped, List<Path> missing) {
            this(files, skipped, missing, List.of(), List.of(), Map.of(), DocumentIds.assign(files), Map.of());
        }

        /** Why {@code file} was skipped, in words for the run's account: "not an article format: an image (PNG)". */
        public String whySkipped(Path file) {
            String what = skipWhy.get(file);
            return "not an article format: " + (what != null ? what : "(" + file.getFileName() + ")");
        }

        /** The document id of {@code file}: its name without extension unless another file shares it. */
        public String idOf(Path file) {
            String id = ids.get(file);
            return id != null ? id : DocumentReader.idOf(file);
        }
    }

    private InputFinder() {
    }

    public static Found find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        List<Unusable> unusable = new ArrayList<>();
        Map<Path, Path> duplicates = new java.util.LinkedHashMap<>();
        Map<Object, Path> seen = new HashMap<>();
        Map<Path, String> skipWhy = new HashMap<>();
        for (Path input : inputs) {
            FileKind kind = kindOf(input, unusable);
            List<Path> found;
            if (kind == null) {
                continue;
            } else if (kind == FileKind.FOLDER) {
                found = walk(input, unusable);
            } else if (kind == FileKind.REGULAR) {
                found = List.of(input);
            } else if (kind == FileKind.MISSING) {
                missing.add(input);
                continue;
            } else {
                unusable.add(new Unusable(input, "is " + kind.description() + ", not an article file"));
                continue;
            }
            for (Path f : found) {
                Path first = seen.putIfAbsent(identity(f), f);
                if (first != null) {
                    duplicates.put(f, first);
                } else if (Manifest.isManifest(f)) {
                    manifests.add(f);
                } else {
                    String unreadable = DocumentReader.unreadable(f);
                    if (unreadable == null) {
                        files.add(f);
                    } else {
                        skipped.add(f);
                        skipWhy.put(f, unreadable);
                    }
                }
            }
        }
        return new Found(files, skipped, missing, manifests, unusable, duplicates, DocumentIds.assign(files), skipWhy);
    }

    private static FileKind kindOf(Path input, List<Unusable> unusable) {
        try {
            return FileKind.of(input);
        } catch (IOException e) {
            unusable.add(new Unusable(input, reason(e)));
            return null;
        }
    }

    /** What makes two paths the same file: the file system's key, else the real path. */
    private static Object identity(Path f) {
        try {
            Object key = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
            return key != null ? key : f.toRealPath();
        } catch (IOException e) {
            return f.toAbsolutePath().normalize();
        }
    }

    private static List<Path> walk(Path given, List<Unusable> unusable) {
        List<Path> found = new ArrayList<>();
        // a walk does not enter a starting folder that is a link; through "link/." it does
        boolean link = Files.isSymbolicLink(given);
        Path root = link ? given.resolve(".") : given;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(root.relativize(file))) {
                        visit(file, attrs, found, unusable);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(root.relativize(file))) {
                        unusable.add(new Unusable(file, reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unusable.add(new Unusable(dir, "folder could not be listed to the end (" + reason(e) + ")"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unusable.add(new Unusable(root, reason(e)));
        }
        if (link) {
            found.replaceAll(Path::normalize);
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    /** A regular file is kept; a link to one too; pipes, sockets, devices and links elsewhere are named. */
    private static void visit(Path file, BasicFileAttributes attrs, List<Path> found, List<Unusable> unusable) {
        FileKind kind;
        if (attrs.isRegularFile()) {
            kind = FileKind.REGULAR;
        } else {
            try {
                kind = FileKind.of(file);
            } catch (IOException e) {
                unusable.add(new Unusable(file, reason(e)));
                return;
            }
        }
        if (kind == FileKind.REGULAR) {
            found.add(file);
        } else if (kind == FileKind.FOLDER) {
            unusable.add(new Unusable(file, "is a symbolic link to a folder, not followed (name the folder itself)"));
        } else if (kind == FileKind.MISSING) {
            unusable.add(new Unusable(file, "is a symbolic link to nothing"));
        } else {
            unusable.add(new Unusable(file, "is " + kind.description() + ", not an article file"));
        }
    }

    /** The reason in words: Java's file exceptions carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String r = fs.getReason();
            return r.equalsIgnoreCase("File name too long") ? "path too long to open (" + r + ")" : r;
        }
        return Failure.describe(e);
    }

    /** Dot files, and the owner files Word leaves beside an open document (~$name.docx). */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }
}
