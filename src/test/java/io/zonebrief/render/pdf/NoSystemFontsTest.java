package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with no fonts at all: libfontconfig finds nothing, and without our fix AWT's font manager
 * fails to start ("Fontconfig head is null") at the first chart. Runs the renderer in a fresh JVM
 * whose fontconfig is an empty configuration.
 */
@EnabledOnOs(OS.LINUX)
class NoSystemFontsTest {

    @Test
    void rendersChartsAndChineseWithoutSystemFonts(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                + "<cachedir>" + dir.resolve("cache") + "</cachedir></fontconfig>");
        Path pdf = dir.resolve("briefing.pdf");
        Path log = dir.resolve("jvm.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), NoSystemFontsMain.class.getName(), pdf.toString()));
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.environment().remove("FONTCONFIG_PATH");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "renderer finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        PdfInspect doc = new PdfInspect(Files.readAllBytes(pdf));
        String flat = doc.text.replaceAll("\\s", "");
        assertTrue(flat.contains("其余（推算）"), "chart label as text");
        assertTrue(flat.contains("城市经济类项目"), "chart label as text");
        assertTrue(flat.contains("129.53亿元"));
        assertEquals(List.of(), doc.notEmbedded);
    }

    @Test
    void emptyFontconfigReallyHasNoFonts(@TempDir Path dir) throws IOException, InterruptedException {
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?><fontconfig><cachedir>" + dir.resolve("cache")
                + "</cachedir></fontconfig>");
        ProcessBuilder pb;
        try {
            pb = new ProcessBuilder("fc-list");
            pb.environment().put("FONTCONFIG_FILE", conf.toString());
            Process p = pb.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            assertEquals("", out.strip(), "fc-list sees no fonts");
        } catch (IOException noFcList) {
            org.junit.jupiter.api.Assumptions.abort("fc-list not installed");
        }
    }
}
