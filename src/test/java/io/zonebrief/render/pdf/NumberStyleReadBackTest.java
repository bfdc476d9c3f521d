package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the seeds' briefing back as text and checks its numbers are written as official text writes
 * them: no padded decimals (200.00亿元), no thousands separators (4,600万元), and the qualifier words
 * of the articles kept (300余人, 95%以上, 不低于150亿元, 200亿元以上), never one in place of another.
 */
class NumberStyleReadBackTest {

    private static String text;
    private static String body;

    @BeforeAll
    static void render() throws Exception {
        var summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        String all = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).text;
        text = all.replaceAll("\\s", "");
        // the quotes appendix prints the articles' sentences as they stand (总建筑面积212805平方米)
        body = text.substring(0, text.lastIndexOf("附录二"));
    }

    @Test
    void hasNoPaddedDecimals() {
        assertEquals(List.of(), matches("[0-9]+\\.[0-9]*0(?![0-9])"));
    }

    @Test
    void hasNoThousandsSeparators() {
        assertEquals(List.of(), matches("[0-9],[0-9]{3}"));
    }

    @Test
    void keepsTheArticlesQualifierWords() {
        // as the seed articles write them (002: 80余件, 300余人, 100余项, 40余家, 320余人, 95%以上; 004: 不低于, 以上)
        for (String said : List.of("80余件", "300余人", "100余项", "40余家", "320余人", "95%以上", "不低于150亿元",
                "不低于100亿元", "200亿元以上")) {
            assertTrue(text.contains(said), said);
        }
        assertEquals(List.of(), matches("超(95%|150亿|100亿|200亿)"), "超 where the article says 以上 or 不低于");
    }

    @Test
    void writesLargeCountsInWan() {
        assertEquals(List.of(), matches(body, "(?<![0-9.])[0-9]{6,}(人次|平方米|人|个|家)"));
        assertTrue(body.contains("21.28万平方米"), "212805平方米 in 004");
    }

    private static List<String> matches(String regex) {
        return matches(text, regex);
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 12), Math.min(text.length(), m.end() + 4)));
        }
        return found;
    }
}
