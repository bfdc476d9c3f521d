package io.zonebrief.text;

import java.util.regex.Pattern;

/** Classifies one physical line of a page before lines are joined into blocks. */
final class LineKind {

    private static final Pattern FURNITURE = Pattern.compile(
            "新闻热线|责任编辑|编辑[:：]|版式[:：]|校对[:：]|组版[:：]|美编[:：]|^\\s*——.*——\\s*$|^\\s*第\\s*\\d+\\s*版"
                    + "|^[(（]本版.*[)）]$|^[(（]本报记者.*[)）]$|^■");
    /** A masthead date line, optionally after the paper's name: "洛阳日报 2024年8月20日 星期二". */
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{IsHan}A-Za-z·]{2,12}\\s*)?(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})"
                    + "\\s*(((星期|周)[一二三四五六日天])|([(（]?(来源|来源于|作者|编辑|发布时间)[:：].{0,30}))?$");
    private static final Pattern BYLINE = Pattern.compile("^(□|本报记者|本报通讯员|记者|通讯员|文/|文 /|图/|图 /)\\S?.{0,24}$");
    private static final Pattern CAPTION = Pattern.compile("(摄|/图|供图|图片来源.{0,10})[)）]?$");

    static final String TERMINAL = "。！？!?…；;”」』)）";

    private LineKind() {
    }

    static BlockType classify(String line) {
        String s = CharNormalizer.normalize(line.strip());
        if (DATELINE.matcher(s).find()) {
            return BlockType.DATELINE;
        }
        if (FURNITURE.matcher(s).find()) {
            return BlockType.FURNITURE;
        }
        if (CAPTION.matcher(s).find() && s.length() <= 400) {
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

    static boolean endsSentence(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A short line that does not end a sentence and reads like a title, not a broken sentence. */
    static boolean isHeadingLike(String s) {
        if (s.length() > 60 || endsSentence(s)) {
            return false;
        }
        return !hasClauseBreak(s);
    }

    static boolean hasClauseBreak(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('，') >= 0 || s.indexOf(';') >= 0 || s.indexOf('。') >= 0;
    }
}
