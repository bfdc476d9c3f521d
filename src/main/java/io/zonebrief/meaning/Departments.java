package io.zonebrief.meaning;

import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.Dateline;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.TextDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone's own departments that report their work in a sub-article ("区城管执法局打造“服务城管”",
 * "高新区科技局：…"). What such a sub-article counts is the zone's, but it is the department's work,
 * not a total of the whole zone, and a reader must see whose desk it came from.
 */
final class Departments {

    /** A department of the zone at the head of a headline: 区城管执法局, 高新区财政金融局, 区社会事业局. */
    private static final String OF_THE_ZONE = "(?:[\\p{IsHan}]{2,6}?高新区|高新区|区)";
    private static final String DESK = "[\\p{IsHan}]{2,10}?(?:局|委员会|工委|办公室|大队|支队|中队|分局|中心)";
    private static final Pattern HEAD = Pattern.compile("^" + OF_THE_ZONE + "(" + DESK + ")(?=[\\p{IsHan}“\"：:，, ]|$)");
    /** Words that make a 局/办 no department: 布局, 格局, 开局, 结局, 大局, 变局. */
    private static final Pattern NOT_A_DESK = Pattern.compile("(布|格|开|结|大|变|全|新|破|胜|当)局$");

    private final String[] byBlock;

    private Departments(String[] byBlock) {
        this.byBlock = byBlock;
    }

    /** Each block's department: set by a headline or subheading that opens with one, until the next heading. */
    static Departments of(TextDocument doc) {
        List<Block> blocks = doc.blocks();
        String[] out = new String[blocks.size()];
        String current = null;
        int article = Integer.MIN_VALUE;
        boolean opened = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.article() != article) {
                article = b.article();
                current = article >= 0 && article < doc.headlines().size()
                        ? department(CharNormalizer.normalize(doc.headlines().get(article)).strip()) : null;
                opened = false;
            }
            if (b.type() == BlockType.HEADLINE || b.type() == BlockType.SUBHEADING) {
                current = department(b.norm().strip());
            } else if (b.type() == BlockType.PARAGRAPH && !opened) {
                opened = true;
                String named = opening(b.norm(), articleText(blocks, i));
                // 区城管执法局 in the headline, 高新区城市管理和综合执法局 in the lead: the lead names it in full
                if (named != null && (current == null || named.length() > current.length()
                        && named.charAt(named.length() - 1) == current.charAt(current.length() - 1))) {
                    current = named;
                }
            }
            out[i] = current;
        }
        return new Departments(out);
    }

    /** "本报讯(…)今年以来，高新区科工中心持续…": a department the article opens with and then calls 该局. */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:" + Dateline.PATTERN + ")?[^。；;]{0,16}?"
            + "(" + OF_THE_ZONE + DESK + ")");
    private static final Pattern POINTS_BACK = Pattern.compile("该(局|委|办|中心|大队|支队)");

    private static String opening(String paragraph, String article) {
        Matcher m = OPENING.matcher(paragraph.strip());
        return m.find() && POINTS_BACK.matcher(article).find() ? department(m.group(1)) : null;
    }

    private static String articleText(List<Block> blocks, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < blocks.size() && blocks.get(i).article() == blocks.get(from).article(); i++) {
            sb.append(blocks.get(i).norm()).append('\n');
        }
        return sb.toString();
    }

    /** The department whose part of the page holds block {@code index}, or null. */
    String at(int index) {
        return index >= 0 && index < byBlock.length ? byBlock[index] : null;
    }

    static String department(String headline) {
        Matcher m = HEAD.matcher(headline);
        if (!m.find() || NOT_A_DESK.matcher(m.group(1)).find()) {
            return null;
        }
        return headline.startsWith("区") ? "区" + m.group(1) : m.group(1);
    }
}
