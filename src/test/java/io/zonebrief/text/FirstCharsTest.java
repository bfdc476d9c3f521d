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

/** Finding with the shortcut gives exactly the matches of {@code Matcher.find()}. */
class FirstCharsTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("股份有限公司|有限公司|公司|集团|产业园|园区|(?<![公校家花果])园(?![区林艺])|项目|工程|大学|中学"),
            Pattern.compile("解决|协调|目前|今年|在|于|对|为|与|和|的|是|等"),
            // the first characters of these are asked of the pattern
            Pattern.compile("(国家)?高新(技术产业开发)?区|高新区|该区"),
            Pattern.compile("园?区|片区"),
            Pattern.compile("[0-9]+个|家"),
            Pattern.compile("(?:市|国家级|国家)?(?:高新区|高新技术产业开发区)"),
            Pattern.compile("编辑[:：]|^\\s*——.*——\\s*$|^\\s*第\\s*\\d+\\s*版|^[(（]本版.*[)）]$|^■"),
            Pattern.compile("(?:^|[，,；;。])\\s*([\\p{IsHan}]{2,6}?(园区|项目)(?=已|累计))"),
            Pattern.compile("(截至|截止到?)?(19|20)\\d{2}年(\\d{1,2}月)?(底|末)?|在|为"),
            Pattern.compile("(?<![公校])园(?![区林])|[^，。]{2}(区|县)(?!内)"),
            Pattern.compile("高新", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^第|^\\s*项目|版", Pattern.MULTILINE),
            Pattern.compile("^[\\p{IsHan}]{2}(区|县)|(?:^|，)[^。]{1,3}园区"),
            // these cannot be asked: a match needs what is before it, or can be empty
            Pattern.compile("(?<=该)区|\\b12"),
            Pattern.compile("(高新)?"));

    @Test
    void sameMatchesAsFind() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "园", "公园区花园林项目工程", "该高新区与国家高新技术产业开发区园区",
                "——本报——", "  第 3 版", "（本版编辑）", "截至2024年底", "𠀀园区", "高新𠀀区", "第一园区\n第二 项目\n 项目版",
                "花溪区内，高新园区已累计，国家园区"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(CharNormalizer.normalize(Files.readString(p)));
            }
        }
        Random random = new Random(17);
        String alphabet = "公司园区项目工程花家校果产业集团高新该国技术开发12个市级已累计，。 —第版■(（本）)内县截至止到20年月底\n";
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (Pattern p : PATTERNS) {
            FirstChars fast = FirstChars.of(p);
            for (String t : texts) {
                assertEquals(plain(p, t), shortcut(fast, t), p + " in " + t);
            }
        }
    }

    private static List<String> plain(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> shortcut(FirstChars f, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = f.matcher(t);
        for (int from = 0; from <= t.length() && f.find(m, t, from); from = m.end() > m.start() ? m.end() : m.end() + 1) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
