package io.zonebrief.meaning;

import io.zonebrief.extract.Period;
import io.zonebrief.text.Block;
import io.zonebrief.text.TextDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Campaigns a document says when they began ("今年6月起在全区开展招商引进百日攻坚行动"). What a campaign's
 * review meeting reports ("9月28日…“百日攻坚”总结大会,收集信息232条") covers the campaign from its start
 * to the meeting, not the meeting's month alone.
 */
final class Campaigns {

    private static final Pattern STARTED = Pattern.compile(
            "(\\d{1,2})月(?:份)?(?:起|以来|开始|启动)[^。；;]{0,30}?(?:开展|启动|实施|组织)[^。；;]{0,12}?([\\p{IsHan}]{2,6})(?:行动|活动|专项行动)");
    private static final Pattern REVIEW = Pattern.compile("总结|表彰|推进会|成果|交流会|座谈会");

    private final Map<String, Integer> startMonth = new LinkedHashMap<>();

    private Campaigns() {
    }

    static Campaigns of(TextDocument doc) {
        Campaigns c = new Campaigns();
        for (Block b : doc.blocks()) {
            Matcher m = STARTED.matcher(b.norm());
            while (m.find()) {
                String name = m.group(2);
                // the campaign's own name is its last words: 项目建设百日攻坚 is called 百日攻坚
                c.startMonth.putIfAbsent(name.length() > 4 ? name.substring(name.length() - 4) : name,
                        Integer.parseInt(m.group(1)));
            }
        }
        return c;
    }

    /**
     * The span a figure in {@code sentence} covers when the sentence reviews a campaign begun earlier the
     * same year, or {@code period} unchanged.
     */
    Period span(String sentence, Period period) {
        if (period == null || period.months() != 1 || startMonth.isEmpty() || !REVIEW.matcher(sentence).find()) {
            return period;
        }
        for (var e : startMonth.entrySet()) {
            int from = e.getValue();
            if (sentence.contains(e.getKey()) && from >= 1 && from < period.to().getMonthValue()) {
                return Period.of(period.to().getYear(), from, period.to().getMonthValue());
            }
        }
        return period;
    }
}
