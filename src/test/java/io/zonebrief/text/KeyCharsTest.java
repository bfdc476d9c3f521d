package io.zonebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Finding only before the key characters gives exactly the matches of {@code Matcher.find()}. */
class KeyCharsTest {

    private static final Pattern DISTRICT = Pattern.compile(
            "([\\p{IsHan}]{2})(区|县)(?![\\p{IsHan}]{0,1}(内|外)|长|委|级|域)|([\\p{IsHan}]{2})(市)(?![场民值面县])");

    @Test
    void sameMatchesAsFind() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "区", "乌当区", "乌当区内双流县长郑州市场",
                "𠀀当区乌当区", "乌𠀀区与双流区", "高新区乌当区双流区"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(CharNormalizer.normalize(Files.readString(p)));
            }
        }
        Random random = new Random(16);
        String alphabet = "区县市乌当双流内外长委场，高新12";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                b.append(random.nextInt(40) == 0 ? "𠀀" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            texts.add(b.toString());
        }
        KeyChars fast = KeyChars.of(DISTRICT, 2, "区县市");
        for (String t : texts) {
            assertEquals(plain(t), shortcut(fast, t), t);
        }
    }

    private static List<String> plain(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = DISTRICT.matcher(t);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> shortcut(KeyChars k, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = k.matcher(t);
        for (int from = 0; k.find(m, t, from); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
