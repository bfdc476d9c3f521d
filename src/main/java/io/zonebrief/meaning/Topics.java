package io.zonebrief.meaning;

import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.Dateline;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each part of a document is about, as a reader follows it: a sub-article whose headline names a
 * park ("临港物流产业园区：…"), a numbered heading that names a project or area ("1、燕楼片区",
 * "（1）贵阳传化智能公路港项目。"), a paragraph that opens with the body it describes ("郑州市中心医院…").
 * Inner parts win over outer ones; a heading at the same or a higher level ends the one before it.
 */
final class Topics {

    private static final int LEVELS = 5;
    private static final Pattern[] ENUMERATORS = {
        Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
        Pattern.compile("^[（(][一二三四五六七八九十]+[)）]"),
        Pattern.compile("^\\d{1,2}[、．](?!\\d)|^\\d{1,2}\\.(?!\\d)"),
        Pattern.compile("^[（(]\\d{1,2}[)）]|^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"),
    };
    /** A numbered item run into a paragraph after a stop: "…5个，主要业态为…：（1）4S店…". */
    private static final Pattern INLINE_ITEM = Pattern.compile("[。；;：:，,]\\s*([（(]\\d{1,2}[)）])");
    /** What may open a paragraph before the body it is about: a list number, a time, a source. */
    private static final Pattern LEAD = Pattern.compile(
            "^(" + Dateline.PATTERN + "|据[^,，]{0,12}介绍[,，]?|(按照|根据|依托|围绕|立足)[^,，。]{0,30}[,，]|[“\"][^”\"]{1,6}[”\"][:：])?"
            + "(?:(今年|去年|上半年|下半年|近年来|近年|目前|当前|同时|此外|另外|其中|截至[^,，]{0,12}|(19|20)\\d{2}年[^,，]{0,8}|\\d{1,2}月(\\d{1,2}日)?(上午|下午)?)[,，]?)*");

    /** A sentence that is only a name, run into a paragraph as a heading: "…54个。金阳园区。正大力实施…". */
    private static final Pattern NAME_SENTENCE = Pattern.compile("(?<=[。；;])\\s*([^。；;，,：:、]{2,20})[。：:]");

    /** What a numbered item of a project list names when it is a facility with no 项目 in its name. */
    private static final Pattern FACILITY = Pattern.compile(
            "[\\p{IsHan}](中心|港|市场|站|厂|路|线|广场|馆|楼|大道|隧道|桥|管网|枢纽|码头|水库|电站|仓库)$");

    /** "（一）强化园区建设思路": a heading that says what is done, or ends in a line of thought, names no facility. */
    private static final Pattern MEASURE_HEADING = Pattern.compile(
            "^(加强|强化|增强|加快|推进|推动|完善|优化|提升|做好|抓好|狠抓|坚持|深化|拓展|积极|着力|全力|大力|持续|切实|进一步|实施|健全|构建|创新|规范|突出|强力|全面|聚焦|围绕|坚守|守住|筑牢)"
            + "|(思路|出路|路线|底线|红线|主线|热线|一线|战线|防线)$");

    private static final Pattern TITLE_LEAD = Pattern.compile("^[■●◆▲★]?\\s*(——|—|--)?\\s*(走进|探访|探秘|聚焦|记|看)?");

    /** A change of topic at {@code offset} of a block. */
    private record Switch(int offset, Mention topic) {
    }

    private final List<List<Switch>> byBlock = new ArrayList<>();
    private final Mention[] paragraph;

    private Topics(int blocks) {
        paragraph = new Mention[blocks];
    }

    static Topics of(TextDocument doc) {
        List<Block> blocks = doc.blocks();
        Topics t = new Topics(blocks.size());
        Mention[] stack = new Mention[LEVELS];
        Mention document = DocumentBodies.dominantPark(doc);
        if (document == null) {
            document = openingPark(blocks);
        }
        Mention article = document;
        int currentArticle = -1;
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            List<Switch> switches = new ArrayList<>();
            if (b.article() != currentArticle) {
                currentArticle = b.article();
                Arrays.fill(stack, null);
                Mention headline = headlineTopic(doc.headlines(), currentArticle);
                article = headline != null ? headline : document;
                switches.add(new Switch(0, article));
            }
            String norm = b.norm();
            if (article == null && bi == firstContent(blocks) && titleLike(b)) {
                // a page whose title was not told apart from its body: its first short lines are the title
                article = titleTopic(b);
                if (article != null) {
                    switches.add(new Switch(0, article));
                    t.byBlock.add(switches);
                    continue;
                }
            }
            Mention opens = innermost(stack, article); // before the block's own headings change the stack
            for (Heading h : headings(b)) {
                stack[h.level()] = h.level() == LEVELS - 1 ? titleTopic(h.line())
                        : h.inline() ? itemOwner(h.text()) : numberedOwner(h);
                for (int k = h.level() + 1; k < LEVELS; k++) {
                    stack[k] = null;
                }
                switches.add(new Switch(h.offset(), innermost(stack, article)));
            }
            if (switches.isEmpty() || switches.get(0).offset() > 0) {
                switches.add(0, new Switch(0, opens));
            }
            t.byBlock.add(switches);
            if (b.type() == BlockType.PARAGRAPH || b.type() == BlockType.CAPTION) {
                t.paragraph[bi] = opening(norm);
            }
        }
        return t;
    }

    /**
     * The topic in force at {@code offset} of block {@code block}: the paragraph's own when it opens
     * with one, else the innermost heading's, else the sub-article's; null for the zone.
     */
    Mention at(int block, int offset) {
        List<Switch> own = byBlock.get(block);
        for (int k = own.size() - 1; k >= 0; k--) {
            if (own.get(k).offset() > 0 && own.get(k).offset() <= offset) {
                return own.get(k).topic(); // an item or heading inside the paragraph, before this point
            }
        }
        if (paragraph[block] != null) {
            return paragraph[block];
        }
        for (int bi = block; bi >= 0; bi--) {
            List<Switch> switches = byBlock.get(bi);
            for (int k = switches.size() - 1; k >= 0; k--) {
                if (bi < block || switches.get(k).offset() <= offset) {
                    return switches.get(k).topic();
                }
            }
        }
        return null;
    }

    /** A heading line, or a numbered item run into a paragraph ("…：（1）4S店和汽车超市项目板块：已进驻…"). */
    private record Heading(int offset, int level, String line, String text, boolean inline) {
    }

    private static List<Heading> headings(Block b) {
        String norm = b.norm();
        String text = b.text(); // line breaks survive in the text; the normalised copy marks them as commas
        List<Heading> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= norm.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? norm.length() : nl;
            String line = norm.substring(lineStart, lineEnd).strip();
            int level = level(line, b.type());
            if (level >= 0) {
                out.add(new Heading(lineStart, level, line, headingText(line), false));
            }
            Matcher item = INLINE_ITEM.matcher(norm.substring(0, lineEnd));
            item.region(lineStart, lineEnd);
            while (item.find()) {
                if (item.start(1) > lineStart) {
                    String rest = norm.substring(item.start(1), Math.min(lineEnd, item.start(1) + 40));
                    out.add(new Heading(item.start(1), ENUMERATORS.length - 1, rest, headingText(rest), true));
                }
            }
            Matcher named = NAME_SENTENCE.matcher(norm.substring(0, lineEnd));
            named.region(lineStart, lineEnd);
            while (named.find()) {
                String name = named.group(1);
                List<Mention> ms = Mentions.find(name);
                if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == name.length()) {
                    out.add(new Heading(named.start(1), ENUMERATORS.length - 1, name, name, true));
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        out.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        return out;
    }

    /** A heading's owner; a numbered one in a list of works may name a facility with no 项目 in its name. */
    private static Mention numberedOwner(Heading h) {
        List<Mention> ms = Mentions.find(h.text());
        Mention owner = owner(ms, h.text());
        return owner == null && ms.isEmpty() && h.level() < LEVELS - 1 ? facility(h.text()) : owner;
    }

    private static Mention facility(String heading) {
        if (heading.length() >= 4 && heading.length() <= 16 && FACILITY.matcher(heading).find()
                && !MEASURE_HEADING.matcher(heading).find()) {
            return new Mention(SubjectKind.PROJECT, heading, 0, heading.length(), false, false, false); // （3）改貌货运中心。
        }
        return null;
    }

    /** The project, park or firm a run-in item names anywhere in its short heading. */
    private static Mention itemOwner(String heading) {
        if (heading.length() > 30) {
            return null;
        }
        List<Mention> ms = Mentions.find(heading);
        for (Mention m : ms) {
            if (m.kind() != SubjectKind.ZONE && m.kind() != SubjectKind.OTHER && m.canOwn() && m.name() != null
                    && !m.reference()) {
                return m;
            }
        }
        return ms.isEmpty() ? facility(heading) : null;
    }

    private static Mention innermost(Mention[] stack, Mention article) {
        for (int k = LEVELS - 1; k >= 0; k--) {
            if (stack[k] != null) {
                return stack[k];
            }
        }
        return article;
    }

    /** The level of a heading line (0 for 一、 … 3 for （1）), 4 for an unnumbered subheading, or -1. */
    private static int level(String line, BlockType type) {
        for (int k = 0; k < ENUMERATORS.length; k++) {
            Matcher m = ENUMERATORS[k].matcher(line);
            if (m.find()) {
                String rest = headingText(line);
                return rest.length() <= 30 ? k : -1;
            }
        }
        boolean heading = type == BlockType.SUBHEADING || type == BlockType.HEADLINE;
        return heading && line.length() <= 30 ? LEVELS - 1 : -1;
    }

    /** A heading's words: after its number, up to the first full stop or colon. */
    private static String headingText(String line) {
        String s = line;
        for (Pattern p : ENUMERATORS) {
            s = p.matcher(s).replaceFirst("").strip();
        }
        int stop = s.length();
        for (char c : new char[] {'。', ':', '：', ';', '；'}) {
            int at = s.indexOf(c);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        return s.substring(0, stop);
    }

    /**
     * A report that opens by saying what it is about ("一、基本情况 息烽园区目前规划定位为…", "乌当区产业园区由…组成"):
     * the park its first body line opens with, when the zone has not been named before it.
     */
    private static Mention openingPark(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            if (!b.type().carriesFigures()) {
                continue;
            }
            String text = b.text();
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl;
                String l = b.norm().substring(from, to).strip();
                from = to + 1;
                if (l.isEmpty() || level(l, BlockType.PARAGRAPH) >= 0 || l.length() <= 12) {
                    continue;
                }
                Mention m = opening(l);
                if (m != null && m.kind() == SubjectKind.PARK) {
                    return m;
                }
                if (Mentions.find(l).stream().anyMatch(x -> x.kind() == SubjectKind.ZONE) || ++seen >= 2) {
                    return null;
                }
            }
        }
        return null;
    }

    private static int firstContent(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type().carriesFigures()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean titleLike(Block b) {
        String s = b.text().strip();
        // a title may hold a comma ("…惊艳亮相，期待您入伙！") but not a full stop, and stays short
        return (b.type() == BlockType.PARAGRAPH || b.type() == BlockType.SUBHEADING) && s.length() <= 60
                && !s.contains("。") && (s.length() <= 40 || !s.contains("，") && !s.contains(","));
    }

    /** A title block's topic: the first of its lines (title, then subtitle) that names one. */
    private static Mention titleTopic(Block b) {
        String text = b.text();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            Mention m = titleTopic(b.norm().substring(from, to).strip());
            if (m != null) {
                return m;
            }
            from = to + 1;
        }
        return null;
    }

    /** The sub-article's topic: a headline that opens with a park, project, enterprise or body. */
    private static Mention headlineTopic(List<String> headlines, int article) {
        if (article < 0 || article >= headlines.size()) {
            return null;
        }
        String h = CharNormalizer.normalize(headlines.get(article));
        return titleTopic(h);
    }

    /**
     * A title's topic: a park or project it opens with (after the zone's name or 走进), or the first
     * hospital, university, company or district it names ("开诊一周年！绵阳市人民医院高新院区…",
     * "——走进柳州高新区广西华盛汽车电子科技股份有限公司", "弋江区政府工作报告").
     */
    static Mention titleTopic(String title) {
        String h = TITLE_LEAD.matcher(title).replaceFirst("");
        List<Mention> ms = Mentions.find(h);
        Mention opening = owner(ms, h);
        if (opening != null) {
            return opening;
        }
        for (Mention m : ms) {
            if (m.kind() == SubjectKind.ZONE && !m.aside() && !h.substring(m.end()).startsWith("的")) {
                int next = ms.indexOf(m) + 1;
                if (next >= ms.size() || ms.get(next).start() > m.end() + 1) {
                    return m; // the zone itself is what the title is about
                }
                Mention named = ms.get(next);
                if (named.canOwn() && !named.reference() && named.name() != null) {
                    return named; // 成都高新区科技金融大厦惊艳亮相: the zone's tower, park or project
                }
                continue;
            }
            if ((m.kind() == SubjectKind.OTHER || m.kind() == SubjectKind.ENTERPRISE) && m.canOwn() && !m.reference()
                    && m.name() != null && !m.name().startsWith("全")) {
                return m;
            }
        }
        return null;
    }

    /** The mention a heading or headline is about: one that opens it (after the zone's own name). */
    private static Mention owner(List<Mention> mentions, String text) {
        for (Mention m : mentions) {
            // "百名博士进高新 临港物流产业园区：…": a column name may stand before the park and its colon
            if (m.canOwn() && m.name() != null && m.kind() != SubjectKind.ZONE
                    && text.substring(m.end()).matches("^\\s*[:：].*")) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == SubjectKind.ZONE) {
                if (m.start() > 2) {
                    return null;
                }
                continue;
            }
            if (m.start() > 2 && !text.substring(0, m.start()).matches(".*(高新区|高新技术产业开发区)\\s*")) {
                return null;
            }
            return m.canOwn() && !m.reference() && m.name() != null ? m : null;
        }
        return null;
    }

    /** The body a paragraph opens with ("郑州市中心医院2021年…", "（1）泰邦生物科技项目。"), or null. */
    private static Mention opening(String norm) {
        String s = norm.strip();
        for (Pattern p : ENUMERATORS) {
            s = p.matcher(s).replaceFirst("").strip();
        }
        Matcher lead = LEAD.matcher(s);
        int skip = lead.lookingAt() ? lead.end() : 0;
        List<Mention> ms = Mentions.find(s);
        for (Mention m : ms) {
            if (m.start() < skip) {
                continue;
            }
            if (m.start() > skip + 1) {
                return null;
            }
            if (m.kind() == SubjectKind.ZONE) {
                return m.aside() ? null : m; // "高新区主引擎作用更加凸显。…": the zone's own paragraph
            }
            return m.canOwn() && !m.reference() && m.name() != null ? m : null;
        }
        return null;
    }
}
