package io.zonebrief.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each file of a run its own document id, which figure ids ({@code id#n}) and review decisions
 * build on. The id is the file name without extension, as before, unless another file of the run has
 * the same name (two copies of a folder, 2023/报告.txt and 2024/报告.txt): then each of those gets a
 * short hash of its path as given appended ({@code 报告-3f9a1c}), stable as long as the same paths are
 * named, so one reviewer's 删除 removes one figure, not one in each copy.
 */
final class DocumentIds {

    private DocumentIds() {
    }

    static Map<Path, String> assign(List<Path> files) {
        Map<String, Integer> uses = new HashMap<>();
        for (Path f : files) {
            uses.merge(DocumentReader.idOf(f), 1, Integer::sum);
        }
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path f : files) {
            String base = DocumentReader.idOf(f);
            ids.put(f, uses.get(base) == 1 ? base : base + "-" + hash(f));
        }
        return ids;
    }

    private static String hash(Path file) {
        String path = file.normalize().toString().replace('\\', '/');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
