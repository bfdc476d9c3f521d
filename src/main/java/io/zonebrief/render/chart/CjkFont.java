package io.zonebrief.render.chart;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The Chinese font the briefing and its charts are drawn in, loaded once for both OpenPDF (a
 * {@link BaseFont} embedded as an Identity-H subset) and AWT/JFreeChart (a {@link Font} from the same
 * file), so that the widths the charts measure are the widths the PDF shows.
 *
 * <p>The bundled font is Noto Sans SC (SIL OFL 1.1, see {@code io/zonebrief/render/fonts/OFL.txt}),
 * unpacked into the classpath by the build. Neither library can rely on system fonts: OpenPDF's
 * standard fonts have no Chinese glyphs and a server may have no fonts at all. This class is
 * immutable and thread-safe.</p>
 *
 * <pre>
 * CjkFont.prepareAwt();                 // first thing in main(), before anything touches AWT fonts
 * CjkFont font = CjkFont.bundled();
 * BaseFont pdf = font.pdf(false);
 * java.awt.Font label = font.awt(false, 10f);
 * </pre>
 */
public final class CjkFont {

    static final String RESOURCE_DIR = "/io/zonebrief/render/fonts/";
    static final String REGULAR_FILE = "NotoSansSC-Regular.ttf";
    static final String BOLD_FILE = "NotoSansSC-Bold.ttf";
    static final String REGULAR_NAME = "Noto Sans SC";
    static final String BOLD_NAME = "Noto Sans SC Bold";

    private static CjkFont bundled;
    private static BundledFiles bundledFiles;

    private final Path regularFile;
    private final Path boldFile;
    private final BaseFont pdfRegular;
    private final BaseFont pdfBold;
    private final Font awtRegular;
    private final Font awtBold;

    private CjkFont(Path regularFile, Path boldFile) throws IOException {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.pdfRegular = baseFont(regularFile);
        this.pdfBold = regularFile.equals(boldFile) ? pdfRegular : baseFont(boldFile);
        this.awtRegular = awtFont(regularFile);
        this.awtBold = regularFile.equals(boldFile) ? awtRegular.deriveFont(Font.BOLD) : awtFont(boldFile);
    }

    /**
     * The bundled Noto Sans SC, regular and bold. Calls {@link #prepareAwt()} first.
     *
     * @throws IOException when the font is missing from the classpath or cannot be read
     */
    public static synchronized CjkFont bundled() throws IOException {
        if (bundled == null) {
            BundledFiles files = prepareAwt();
            bundled = new CjkFont(files.regular(), files.bold());
        }
        return bundled;
    }

    /**
     * A user-supplied TrueType font, used for both weights (bold text is synthesised by AWT and
     * drawn in the same face in the PDF). AWT's logical fonts still map to the bundled font.
     *
     * @param ttf a .ttf file with the glyphs the briefing needs
     * @throws IOException when the file is missing or not a TrueType font
     */
    public static CjkFont load(Path ttf) throws IOException {
        Objects.requireNonNull(ttf, "ttf");
        if (!Files.isRegularFile(ttf)) {
            throw new NoSuchFileException(ttf.toString(), null, "font file not found");
        }
        prepareAwt();
        return new CjkFont(ttf.toAbsolutePath(), ttf.toAbsolutePath());
    }

    /**
     * Makes AWT usable without system fonts by mapping its logical fonts to the bundled font (see
     * {@link AwtFontConfig}). Call it before anything measures text with AWT (JFreeChart, POI's
     * column autosizing); later calls do nothing. Leaves an explicit {@code -Dsun.awt.fontconfig}
     * alone.
     *
     * @return where the bundled font files are on disk
     * @throws IOException when the bundled font cannot be found or copied out of the jar
     */
    public static synchronized BundledFiles prepareAwt() throws IOException {
        if (bundledFiles == null) {
            Path regular = onDisk(REGULAR_FILE);
            Path bold = onDisk(BOLD_FILE);
            AwtFontConfig.install(regular, bold, REGULAR_NAME, BOLD_NAME);
            bundledFiles = new BundledFiles(regular, bold);
        }
        return bundledFiles;
    }

    /** The font for the PDF: embedded, subsetted, Identity-H so every Chinese character is encodable. */
    public BaseFont pdf(boolean bold) {
        return bold ? pdfBold : pdfRegular;
    }

    /** The same face for AWT and JFreeChart at {@code size} points. */
    public Font awt(boolean bold, float size) {
        return (bold ? awtBold : awtRegular).deriveFont(size);
    }

    /** The TrueType file of a weight. */
    public Path file(boolean bold) {
        return bold ? boldFile : regularFile;
    }

    private static BaseFont baseFont(Path ttf) throws IOException {
        try {
            return BaseFont.createFont(ttf.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    null, null);
        } catch (DocumentException e) {
            throw new IOException(ttf + ": not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    private static Font awtFont(Path ttf) throws IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, ttf.toFile());
        } catch (FontFormatException e) {
            throw new IOException(ttf + ": not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /** The resource as a file: used in place when the classpath is a folder, copied out of a jar. */
    private static Path onDisk(String name) throws IOException {
        URL url = CjkFont.class.getResource(RESOURCE_DIR + name);
        if (url == null) {
            throw new IOException("bundled font " + RESOURCE_DIR + name + " is not on the classpath; "
                    + "build with maven so that it is unpacked");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot use bundled font at " + url, e);
            }
        }
        Path dir = Files.createTempDirectory("zonebrief-fonts");
        dir.toFile().deleteOnExit();
        Path target = dir.resolve(name);
        target.toFile().deleteOnExit();
        try (InputStream in = url.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * Where the bundled font files are on disk.
     *
     * @param regular Noto Sans SC Regular
     * @param bold    Noto Sans SC Bold
     */
    public record BundledFiles(Path regular, Path bold) {
    }
}
