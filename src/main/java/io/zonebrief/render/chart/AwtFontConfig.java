package io.zonebrief.render.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Points the JDK's logical fonts (Dialog, SansSerif, Serif…) at our bundled TTF so that AWT's font
 * system can start on a machine with no system fonts.
 *
 * <p>On Linux the JDK builds its font configuration from libfontconfig; with no fonts installed that
 * yields nothing, and the font manager dies with "Fontconfig head is null", even for
 * {@code Font.createFont}. The JDK skips libfontconfig when the {@code sun.awt.fontconfig} system
 * property names a fontconfig.properties file, so we write one that maps every logical font to Noto
 * Sans SC. The property is read once, when the font manager starts, so this must run before any
 * code measures or creates a font; {@link CjkFont#prepareAwt()} is the public entry point.</p>
 */
final class AwtFontConfig {

    static final String PROPERTY = "sun.awt.fontconfig";
    private static final String[] FAMILIES = {"serif", "sansserif", "monospaced", "dialog", "dialoginput"};
    private static boolean installed;

    private AwtFontConfig() {
    }

    /**
     * Writes the configuration next to the font files and sets the property, unless the user set it
     * already. Also defaults {@code java.awt.headless} to true: a command-line tool has no display.
     */
    static synchronized void install(Path regular, Path bold, String regularName, String boldName) throws IOException {
        if (installed || System.getProperty(PROPERTY) != null) {
            installed = true;
            return;
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path file = Files.createTempFile("zonebrief-fontconfig", ".properties");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            properties(regular, bold, regularName, boldName).store(out, "ZoneBrief: logical fonts map to the bundled CJK font");
        }
        System.setProperty(PROPERTY, file.toString());
        installed = true;
    }

    /** The fontconfig.properties content: every logical family and style, one script, two files. */
    static Properties properties(Path regular, Path bold, String regularName, String boldName) {
        Properties p = new Properties();
        p.setProperty("version", "1");
        p.setProperty("sequence.allfonts", "cjk");
        for (String family : FAMILIES) {
            p.setProperty(family + ".plain.cjk", regularName);
            p.setProperty(family + ".italic.cjk", regularName);
            p.setProperty(family + ".bold.cjk", boldName);
            p.setProperty(family + ".bolditalic.cjk", boldName);
        }
        p.setProperty("filename." + regularName.replace(' ', '_'), regular.toAbsolutePath().toString());
        p.setProperty("filename." + boldName.replace(' ', '_'), bold.toAbsolutePath().toString());
        return p;
    }
}
