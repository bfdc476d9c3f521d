package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file ends in an IngestException whose one-line message names the file and the problem. */
class BadInputTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.withDefaults();

    @Test
    void emptyFile() throws IOException {
        for (String name : List.of("empty.txt", "empty.docx", "empty.html", "empty.pdf")) {
            assertProblem(name, new byte[0], "file is empty");
        }
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[600];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        assertProblem("data.txt", b, "binary data");
        assertProblem("mislabelled.txt", png(), "looks like an image (PNG)");
    }

    @Test
    void undecodableBytes() throws IOException {
        byte[] gbk = Samples.ARTICLE.getBytes(Charset.forName("GBK"));
        byte[] broken = new byte[gbk.length + 2];
        System.arraycopy(gbk, 0, broken, 0, 20);
        broken[20] = (byte) 0xFF;
        broken[21] = (byte) 0x80;
        System.arraycopy(gbk, 20, broken, 22, gbk.length - 20);
        assertProblem("broken.txt", broken, "name the charset with --encoding");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path p = Samples.write(dir, "big.txt", Samples.ARTICLE.repeat(20).getBytes(StandardCharsets.UTF_8));
        IngestException e = fails(new DocumentReader(1000, null), p);
        assertTrue(e.getMessage().contains("--max-size") && e.getMessage().contains("1,000 bytes"), e.getMessage());
    }

    @Test
    void fileThatVanishesDuringTheRun() throws IOException {
        Path p = Samples.write(dir, "gone.txt", Samples.ARTICLE.getBytes(StandardCharsets.UTF_8));
        InputFinder.Found found = InputFinder.find(List.of(dir));
        Files.delete(p);
        assertEquals("file not found", problem(fails(reader, found.files().get(0)), p));
    }

    @Test
    void folderAndUnknownExtension() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        assertTrue(problem(fails(reader, folder), folder).contains("folder"));
        Path odd = Samples.write(dir, "a.docx", png());
        assertEquals("not an article format: an image (PNG)", problem(fails(reader, odd), odd));
        Path empty = Samples.write(dir, "empty.rtf", "{\\rtf1}".getBytes(StandardCharsets.US_ASCII));
        assertEquals("the document holds no text", problem(fails(reader, empty), empty));
    }

    @Test
    void corruptDocx() throws IOException {
        assertProblem("garbage.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), "corrupt .docx");
        byte[] zip = zip("hello.txt", new byte[10]);
        assertProblem("plainzip.docx", zip, "corrupt .docx");
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        byte[] plain = Samples.docx(List.of(Samples.SHORT), List.of());
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(plain));
             OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertProblem("locked.docx", out.toByteArray(), "password-protected");
    }

    @Test
    void zipBombDisguisedAsDocxIsRefusedQuickly() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[64 * 1024 * 1024]);
        long start = System.nanoTime();
        assertProblem("bomb.docx", bomb, "zip bomb");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    }

    @Test
    void corruptAndProtectedPdf() throws IOException {
        assertProblem("junk.pdf", "%PDF-1.7\n junk junk".getBytes(StandardCharsets.US_ASCII), "corrupt PDF");
        byte[] plain = Samples.pdf(List.of(Samples.SHORT), 40);
        try (PDDocument doc = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            assertProblem("locked.pdf", Samples.save(doc), "password-protected PDF");
        }
    }

    @Test
    void textUnderTheNameOfAnotherFormatIsReadAsText() throws IOException {
        for (String name : List.of("text.docx", "text.pdf")) {
            SourceDocument d = reader.read(Samples.write(dir, name, Samples.ARTICLE.getBytes(StandardCharsets.UTF_8)));
            assertEquals("txt", d.format(), name);
            assertEquals(Samples.ARTICLE, d.text(), name);
        }
    }

    @Test
    void scannedPdfWithoutTextLayer() throws IOException {
        assertProblem("scan.txt", Samples.scannedPdf(), "no text layer (scanned PDF?)");
        assertProblem("scan.pdf", Samples.scannedPdf(), "no text layer (scanned PDF?)");
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private void assertProblem(String name, byte[] bytes, String expected) throws IOException {
        Path p = Samples.write(dir, name, bytes);
        String problem = problem(fails(reader, p), p);
        assertTrue(problem.contains(expected), name + ": " + problem);
    }

    /** The message after "file: ", checking it starts with the file and is one line. */
    static String problem(IngestException e, Path file) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), m);
        assertTrue(m.lines().count() == 1, m);
        return m.substring(file.toString().length() + 2);
    }

    static IngestException fails(DocumentReader reader, Path file) {
        return assertThrows(IngestException.class, () -> reader.read(file));
    }

    static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(
                    StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
        }
        return out.toByteArray();
    }
}
