package io.zonebrief.ingest;

/** Names a few binary formats by their magic bytes, to tell a user what a mislabelled file really is. */
final class Sniff {

    private Sniff() {
    }

    /** A parenthesised hint such as " (looks like a PDF)", or an empty string. */
    static String hint(byte[] b) {
        String kind = kind(b);
        return kind == null ? "" : " (looks like " + kind + ")";
    }

    static String kind(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return "a PDF";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "a zip archive, e.g. .docx";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an OLE2 file, e.g. a .doc or an encrypted Office file";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47) || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return "an image";
        }
        return null;
    }

    static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
