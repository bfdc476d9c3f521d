package io.zonebrief.render.pdf;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.FactWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places an article says a figure took (实际利用外资500万美元，排名全市第二; 技术合同登记10.38亿元，
 * 总金额全市第一), read from the sentences the summary keeps with the zone's figures. A ranking belongs
 * to the figure stated last before it in its sentence; a place among an unnamed field (第一方阵, 第一笔)
 * is no ranking.
 */
final class Rankings {

    /** "排名全市第二", "总金额全市第一", "位居全市重点项目综合评价六区第一", "居全省前列" is no place. */
    private static final Pattern PLACE = Pattern.compile(
            "[^，。；！,;!]{0,16}?(全国|全省|全市|全区|省内|市内|同类园区|[一二三四五六七八九十两]+区)[^，。；！,;!“”]{0,10}?"
                    + "第[一二三四五六七八九十]+(?![方批笔期届次章条个])(名|位)?");

    /**
     * One stated ranking.
     *
     * @param figure the figure it ranks
     * @param clause the article's words ("排名全市第二")
     */
    record Ranking(Figure figure, String clause) {
    }

    private Rankings() {
    }

    /** The rankings stated with a zone's figures, once per clause, in document order. */
    static List<Ranking> of(List<Figure> zoneFigures) {
        Map<String, List<Figure>> bySentence = new LinkedHashMap<>();
        zoneFigures.forEach(f -> bySentence.computeIfAbsent(f.documentId() + "\u0000" + f.sentence(),
                        k -> new ArrayList<>()).add(f));
        List<Ranking> out = new ArrayList<>();
        for (List<Figure> figures : bySentence.values()) {
            String sentence = figures.get(0).sentence();
            if (sentence == null || sentence.indexOf('第') < 0) {
                continue;
            }
            Matcher m = PLACE.matcher(sentence);
            while (m.find()) {
                Figure ranked = before(figures, sentence, m.start());
                if (ranked != null) {
                    out.add(new Ranking(ranked, m.group().strip()));
                }
            }
        }
        return out;
    }

    /** The figure whose words end last before {@code at} in the sentence, or null when none comes first. */
    private static Figure before(List<Figure> figures, String sentence, int at) {
        Figure best = null;
        int bestEnd = -1;
        for (Figure f : figures) {
            int i = sentence.indexOf(f.text());
            int end = i < 0 ? -1 : i + f.text().length();
            if (i >= 0 && end <= at && end > bestEnd) {
                best = f;
                bestEnd = end;
            }
        }
        return best;
    }

    /**
     * "实际利用外资500万美元，排名全市第二（2024年6—9月）", with the body named when the figure is not the
     * zone's own: "河南理工大学技术合同登记10.38亿元，总金额全市第一（2023年）".
     */
    static String sentence(Ranking r, String value) {
        Figure f = r.figure();
        String whose = f.subject() != SubjectKind.ZONE && f.subjectName() != null ? f.subjectName() : "";
        String when = FactWords.when(f.periodKind(), f.period(), f.asOf(), "");
        return whose + f.metric() + value + "，" + r.clause()
                + (when.isEmpty() || FactWords.NO_TIME.equals(when) || when.contains("未注明") ? "" : "（" + when + "）");
    }
}
