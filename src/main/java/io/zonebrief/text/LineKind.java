package io.zonebrief.text;

import java.util.regex.Pattern;

/** Classifies one physical line of a page before lines are joined into blocks. */
final class LineKind {

    private static final Pattern FURNITURE = Pattern.compile(
            "新闻热线|责任编辑|编辑[:：]|版式[:：]|校对[:：]|组版[:：]|美编[:：]|^\\s*——.*——\\s*$|^\\s*第\\s*\\d+\\s*版"
                    + "|^[(（]本版.*[)）]$|^[(（]本报记者.*[)）]$|^■"
                    + "|^\\s*(开栏的话|编者按|编后语?|记者手记)[:：]?\\s*$");
    private static final FirstChars FURNITURE_STARTS = FirstChars.of(FURNITURE);
    /** A masthead date line, optionally after the paper's name: "洛阳日报 2024年8月20日 星期二". */
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{IsHan}A-Za-z·]{2,12}\\s*)?(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})"
                    + "\\s*(((星期|周)[一二三四五六日天])|([(（]?(来源|来源于|作者|编辑|发布时间)[:：].{0,30}))?$");
    private static final Pattern BYLINE = Pattern.compile("^(□|本报记者|本报通讯员|记者|通讯员|文/|文 /|图/|图 /)\\S?.{0,24}$");
    private static final Pattern CAPTION = Pattern.compile("(摄|/图|供图|图片来源.{0,10})[)）]?$");
    private static final FirstChars CAPTION_STARTS = FirstChars.of(CAPTION);

    /** A marked section heading with a colon: "■ 生物医药产业园：…", "● 高新区：…". */
    private static final Pattern SECTION_MARK = Pattern.compile("^[■●◆▲★]\\s*[\\p{IsHan}]{2,20}[:：][^,，。;；|]{0,30}$");
    /** A labelled date anywhere in a short metadata line: "发布机构：… 发布日期：2024-04-22 文号：…". */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(发布日期|成文日期|印发日期|发布时间|发文日期)[:：]\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})");

    static final String TERMINAL = "。！？!?…；;”」』)）";

    private LineKind() {
    }

    /** A date near the start of a short line without sentence punctuation: a web page's date line. */
    private static final Pattern WEB_DATELINE = Pattern.compile(
            "^.{0,12}?(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})");

    static BlockType classify(String line) {
        String s = CharNormalizer.normalize(line.strip());
        if (DATELINE.matcher(s).find() || isWebDateline(s)) {
            return BlockType.DATELINE;
        }
        if (SECTION_MARK.matcher(s).find() && !FURNITURE_STARTS.foundIn(s.substring(1))) {
            return BlockType.SUBHEADING; // "■ 量子科技产业园：从实验室走向生产线" heads a part of the page
        }
        if (FURNITURE_STARTS.foundIn(s)) {
            return BlockType.FURNITURE;
        }
        if (CAPTION_STARTS.foundIn(s) && s.length() <= 400) {
            return BlockType.CAPTION;
        }
        if (BYLINE.matcher(s).find() && !endsSentence(s)) {
            return BlockType.BYLINE;
        }
        if (isHeadingLike(s)) {
            return BlockType.SUBHEADING;
        }
        return BlockType.PARAGRAPH;
    }

    private static final Pattern CLOCKED_DATE = Pattern.compile(
            "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s*\\d{1,2}:\\d{2}");

    /** "发布时间：2023-11-08 来源：…", "2024年08月02日 08:10 来源：湖北日报": short, no sentence inside. */
    private static boolean isWebDateline(String s) {
        if (s.length() > 100 || s.contains("。") || s.contains(",") || s.contains("，")) {
            return false;
        }
        if (s.length() <= 60 && CLOCKED_DATE.matcher(s).find()) {
            return true; // "原创 昆山高新区发布 2024年07月19日 18:05 江苏"
        }
        if (s.length() <= 100 && LABELLED_DATE.matcher(s).find()) {
            return true;
        }
        java.util.regex.Matcher m = WEB_DATELINE.matcher(s);
        if (!m.find()) {
            return false;
        }
        String before = s.substring(0, m.start(1));
        return before.isBlank() || before.matches(".*(时间|日期|发布|发表|更新|来源)[:：]?\\s*")
                || before.matches("[\\p{IsHan}]{2,10}(报|日报|晚报|时报|网)\\s*")
                || before.matches("(来源|来源于)[:：]\\s*[\\p{IsHan}A-Za-z]{2,12}\\s*"); // 来源：芜湖日报 2025-01-15 第A05版
    }

    private static final Pattern ENUMERATED_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十百]+[章节部分篇条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]{1,3}[）)])");

    /** A numbered section heading (一、 （二） 第三章): it starts a part of its own, never continues a sentence. */
    static boolean isEnumeratedHeading(String s) {
        return ENUMERATED_HEADING.matcher(s).find() && isHeadingLike(s);
    }

    static boolean endsSentence(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A short line that does not end a sentence and reads like a title, not a broken sentence. */
    static boolean isHeadingLike(String s) {
        if (s.length() > 60 || endsSentence(s) && !endsInQuotedWord(s)) {
            return false;
        }
        return !hasClauseBreak(s) || pairedTitle(s);
    }

    /** "25年增进福祉,群众幸福获得感满满", "攀高不止步,从新再出发": a title in two matched halves. */
    private static final Pattern PAIRED_TITLE = Pattern.compile("(?:\\d{1,4}年)?\\p{IsHan}{3,10}[,，]\\p{IsHan}{4,10}");

    private static boolean pairedTitle(String s) {
        return s.length() <= 22 && PAIRED_TITLE.matcher(s).matches() && !s.endsWith("的");
    }

    /** "高新区让科技成果从“纸上”落到“地上”": a title closing on a quoted word, not on a quoted sentence. */
    private static boolean endsInQuotedWord(String s) {
        int n = s.length();
        return n >= 2 && n <= 40 && "”」』".indexOf(s.charAt(n - 1)) >= 0 && "。！？!?…；;".indexOf(s.charAt(n - 2)) < 0
                && s.indexOf(':') < 0 && s.indexOf('：') < 0;
    }

    static boolean hasClauseBreak(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('，') >= 0 || s.indexOf(';') >= 0 || s.indexOf('。') >= 0;
    }
}
