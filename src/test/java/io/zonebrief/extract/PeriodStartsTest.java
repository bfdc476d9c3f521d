package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.text.CharNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time-expression scan skips characters that no time expression starts with: at each of them
 * the pattern matches nothing, and every expression it does match starts with a listed character.
 */
class PeriodStartsTest {

    @Test
    void noTimeExpressionStartsAtASkippedCharacter() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "2023年至2024年", "今年1—6月", "1至8月份", "前三季度", "第一季度", "上半年", "下半年", "全年", "年底",
                "前5个月", "三年来", "近两年", "过去5年", "3月以来", "年初以来", "截至6月底", "9月28日", "10月份",
                "2024年上半年", "去年同期", "两年以来", "十个月"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(CharNormalizer.normalize(Files.readString(p)));
            }
        }
        int found = 0;
        for (String t : texts) {
            Matcher m = PeriodFinder.EXPR.matcher(t);
            for (int i = 0; i < t.length(); i++) {
                assertTrue(m.find(i));
                boolean listed = PeriodFinder.EXPR_STARTS.indexOf(t.charAt(i)) >= 0;
                if (m.end() > m.start()) {
                    found++;
                    assertTrue(listed, "a time expression starts with " + t.charAt(i) + ": " + m.group());
                } else {
                    assertEquals(m.start(), i);
                }
            }
        }
        assertTrue(found > 100, "time expressions in the seeds: " + found);
    }
}
