package io.zonebrief.render.pdf;

import io.zonebrief.render.SampleSummaries;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the sample briefing to a file; {@link NoSystemFontsTest} runs it in a JVM without fonts. */
public final class NoSystemFontsMain {

    private NoSystemFontsMain() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            new BriefingRenderer(BriefingTemplate.defaults()).write(SampleSummaries.twoZones(), out);
        }
    }
}
