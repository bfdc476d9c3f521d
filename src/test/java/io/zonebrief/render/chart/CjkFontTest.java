package io.zonebrief.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void loadsTheBundledFontOnceForBothLibraries() throws IOException {
        CjkFont font = CjkFont.bundled();
        assertSame(font, CjkFont.bundled());
        assertEquals(CjkFont.REGULAR_NAME, font.awt(false, 10f).getFontName());
        assertEquals(CjkFont.BOLD_NAME, font.awt(true, 10f).getFontName());
        assertTrue(font.awt(false, 10f).canDisplayUpTo("焦作高新区签约总投资129.53亿元（2024年6—9月）") < 0);
        assertTrue(font.pdf(false).charExists('焦'));
        assertTrue(font.pdf(true).charExists('区'));
        assertTrue(font.pdf(false).getPostscriptFontName().contains("NotoSansSC"));
    }

    @Test
    void shipsTheFontLicence() throws IOException {
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.RESOURCE_DIR + "OFL.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("SIL OPEN FONT LICENSE"));
            assertTrue(text.contains("Version 1.1"));
            assertTrue(text.contains("Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'"));
        }
    }

    @Test
    void fontconfigMapsEveryLogicalFontToTheBundledFiles() {
        Properties p = AwtFontConfig.properties(Path.of("/f/R.ttf"), Path.of("/f/B.ttf"), "Noto Sans SC", "Noto Sans SC Bold");
        for (String family : new String[] {"serif", "sansserif", "monospaced", "dialog", "dialoginput"}) {
            assertEquals("Noto Sans SC", p.getProperty(family + ".plain.cjk"));
            assertEquals("Noto Sans SC Bold", p.getProperty(family + ".bold.cjk"));
        }
        assertEquals("/f/R.ttf", p.getProperty("filename.Noto_Sans_SC"));
        assertEquals("/f/B.ttf", p.getProperty("filename.Noto_Sans_SC_Bold"));
        assertEquals("1", p.getProperty("version"));
    }

    @Test
    void prepareAwtPointsTheJdkAtOurConfiguration() throws IOException {
        CjkFont.prepareAwt();
        assertTrue(System.getProperty(AwtFontConfig.PROPERTY) != null);
    }

    @Test
    void missingCustomFontIsAnIoError() {
        IOException e = assertThrows(IOException.class, () -> CjkFont.load(Path.of("no/such/font.ttf")));
        assertTrue(e.getMessage().contains("no/such/font.ttf"), e.getMessage());
    }
}
