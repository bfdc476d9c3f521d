package io.zonebrief.meaning;

import io.zonebrief.text.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a bare label the words that say what was counted. The extractor trims a label to its noun;
 * when that noun alone says nothing (投资, 企业, 项目, 园区), the words the sentence puts right before
 * or after it come back: 完成投资 (not a plan's 投资), 集中开工项目, 实现孵化载体全覆盖园区.
 */
final class Labels {

    /** Labels too generic to stand alone. */
    private static final Pattern BARE = Pattern.compile(
            "投资|企业|单位|项目|商户|园区|村|人才|人员|资金|产值|收入|营收|金额|面积|人次|平台|机构");
    /** Words right before a label that change what it measures. */
    private static final Pattern MARKER = Pattern.compile("(完成|实际|累计|新增|计划|到位)$");
    /** A verb phrase before a count: what was done to what was counted. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(集中开工|新开工|开工|新签约|签约|新引进|引进)$");
    /** A yearly amount said before the figure: 每年, 年均, or 年 before the verb (年实现税收). */
    private static final Pattern PER_YEAR = Pattern.compile("(每年|年均)|(?<![0-9零一二三四五六七八九十今去明当全前后近本每上下])年(?:实现|创造|上缴|缴纳|产生)");
    /** What is done each year, between 每年 and the measure: 每年为企业争取的…政策性资金. */
    private static final Pattern YEARLY_VERB = Pattern.compile("争取|投入|安排|引进|招引|兑现|落实|培育|新增");
    /** Those a body helps to do what the counted then do: 重点支持…7家企业申报. */
    private static final Pattern HELPED = Pattern.compile("(重点支持|支持|扶持|帮助|指导|推动)[^，,；;。]*$");
    /** What was handed over: 送去清凉饮料480箱, 发放慰问品300份. */
    private static final Pattern GIVEN = Pattern.compile("(送去|送来|送上|发放|捐赠|赠送|捐助)[^，,；;。]*$");
    /** Those taken along to an event: 组织辖内20余家企业到…. */
    private static final Pattern ORGANIZED = Pattern.compile("(组织|带领|邀请|动员)(辖内|辖区|区内|园区)?$");
    /** The event they were taken to, in the rest of the clause. */
    private static final Pattern EVENT = Pattern.compile("[^，,；;。]*?(活动|对接会|洽谈会|招聘会|培训|考察|座谈会)");
    /** How a part was reached, said before it: 通过以商招商、链上招商的方式. */
    private static final Pattern MANNER = Pattern.compile("通过([\\p{IsHan}、]{2,16}?)的?(?:方式|形式|模式|途径)");
    /** A state the counted things reached, said right after them. */
    private static final Pattern END_STATE = Pattern.compile("(?:全面|全部|均已|已经|已|均)?(封顶|完工|竣工|建成投用|投入使用|通车)");
    /** What the counted things are due to do: 两个技改项目计划今年投产. */
    private static final Pattern PLANNED_AFTER = Pattern.compile("(计划|拟|预计|将)(今年|年内|年底前|明年)?[\\p{IsHan}]{2,6}?(?=[,，;；。]|$)");
    /** The place a distance is measured around: 考点周边500米范围. */
    private static final Pattern RADIUS = Pattern.compile("(周边|周围|方圆)$");
    /** What the counted set up together: 6家企业共同设立…基金. */
    private static final Pattern FOUNDED = Pattern.compile("((?:共同|联合)?(?:设立|发起设立|组建|成立))[^，,；;。]*?(基金|公司|联盟|平台|中心)(?=[，,；;。]|$)");
    /** What the counted things did, right after them: 6个园区实现孵化载体全覆盖. */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^(实现|完成|获得|开展|参加|参与|通过|入选|获批|申报|到|赴)[\\p{IsHan}“”\"]{2,9}(?=[,，;；。]|$)");
    private static final Pattern ACTION = Pattern.compile("推进|用于|建设|实施|打造|改造|新建|购置");
    private static final Pattern SPENDING = Pattern.compile("(投资|投入|筹集|安排|拨付|资金)$");
    private static final Pattern SOLVED = Pattern.compile("(解决|办结|化解|协调解决)");
    /** "为…N家企业提供贷款": what the counted were given. */
    private static final Pattern FOR = Pattern.compile("为(辖区|区内|园区|全区)?$");
    private static final Pattern SERVED = Pattern.compile("提供([\\p{IsHan}]{2,8}?)(?=[0-9一二三四五六七八九十百千]|超过|逾|近|约|达|[,，;；。]|$)");
    /** Works the counted things are the scope of, with how many are done: 104个村的背街小巷硬化工程已完工81个. */
    private static final Pattern WORKS_OF = Pattern.compile("的([\\p{IsHan}]{2,16}?(?:工程|项目))" + TimeKinds.DONE_PART);
    private static final Pattern NOT_IN_LABEL = Pattern.compile("[“”\"\\s]");

    private Labels() {
    }

    /**
     * @param metric      the extractor's label
     * @param sentence    the normalised sentence
     * @param clauseStart start of the figure's clause
     * @param textStart   start of the figure's words in the sentence
     * @param numberStart start of its number
     * @param textEnd     end of its words
     */
    static String complete(String metric, String sentence, int clauseStart, int textStart, int numberStart, int textEnd) {
        String before = sentence.substring(clauseStart, Math.min(textStart, numberStart));
        if (textStart >= numberStart && ACTION.matcher(metric).lookingAt()) {
            // "投资410余万元推进基层…": the words after the amount say what it paid for; the measure is before it
            Matcher spent = SPENDING.matcher(before);
            if (spent.find()) {
                return spent.group(1);
            }
        }
        Matcher solved = SOLVED.matcher(before);
        if (solved.find() && metric.endsWith("问题") && !metric.startsWith(solved.group(1))) {
            return solved.group(1) + metric; // 为企业解决堵点、难点问题80余件: problems solved
        }
        Matcher served = SERVED.matcher(sentence.substring(Math.min(textEnd, sentence.length())));
        if (FOR.matcher(before).find() && served.lookingAt() && !metric.startsWith("获得")) {
            // 为172家市场主体提供贷款18.27亿元: the firms that got loans, not all firms
            return "获得" + served.group(1) + "的" + metric;
        }
        Matcher perYear = PER_YEAR.matcher(before);
        if (perYear.find() && !metric.startsWith("年") && !metric.startsWith("每年")
                && (perYear.group(1) == null
                    || textStart < numberStart && sentence.substring(textStart, numberStart).contains(metric))) {
            // 每年为企业争取的政策性资金达7000万元, 年实现税收2亿元: a yearly amount, not one year's
            Matcher verb = YEARLY_VERB.matcher(before).region(perYear.end(), before.length());
            String did = perYear.group(1) != null && verb.find() && !metric.startsWith(verb.group()) ? verb.group() : "";
            return (perYear.group(1) != null ? perYear.group(1) : "年") + did + metric;
        }
        Matcher given = GIVEN.matcher(before);
        if (given.find() && !metric.startsWith(given.group(1)) && !BARE.matcher(metric).matches()) {
            return given.group(1) + metric.replaceFirst("^其他", ""); // 送去清凉饮料480箱、其他消暑物资2400件
        }
        String counted = sentence.substring(Math.min(numberStart, textEnd), Math.min(textEnd, sentence.length()));
        if (metric.endsWith("企业") && metric.length() > 2 && counted.contains("个" + metric)
                && sentence.startsWith("入驻", Math.min(textEnd, sentence.length()))) {
            // 6个科技综合体企业入驻: six complexes firms move into (个 counts the complexes, firms are 家)
            return metric.substring(0, metric.length() - 2);
        }
        Matcher organized = ORGANIZED.matcher(before);
        Matcher event = EVENT.matcher(sentence.substring(Math.min(textEnd, sentence.length())));
        if (organized.find() && event.lookingAt() && textStart >= numberStart) {
            return "参加" + event.group(1) + "的" + metric; // 组织辖内20余家企业到…开展…活动: those taken along
        }
        Matcher manner = MANNER.matcher(before);
        if (manner.find() && !metric.contains(manner.group(1))) {
            // 其中通过以商招商、链上招商的方式成功签约项目4个: the part signed that way, not all signed
            return manner.group(1) + metric.replaceFirst("^成功", "");
        }
        String after = sentence.substring(Math.min(textEnd, sentence.length()));
        Matcher state = END_STATE.matcher(after);
        if (textStart >= numberStart && state.lookingAt() && !metric.endsWith(state.group(1))) {
            return metric + state.group(1); // 一期工程4栋主体结构全面封顶: the buildings topped out
        }
        Matcher planned = PLANNED_AFTER.matcher(after);
        if (textStart >= numberStart && planned.lookingAt()) {
            return planned.group() + "的" + metric; // 两个技改项目计划今年投产: the projects due to start, not all
        }
        Matcher radius = RADIUS.matcher(before);
        if (metric.equals("范围") && radius.find()) {
            List<Words.Word> words = Words.of(before.substring(0, radius.start()));
            Words.Word place = words.isEmpty() ? null : words.get(words.size() - 1);
            if (place != null && place.pos().startsWith("n")) {
                return place.text() + radius.group() + metric; // 考点周边500米范围: a radius around the sites
            }
        }
        if (metric.endsWith("建设") && textStart < numberStart && sentence.substring(textStart, numberStart).contains("完成")
                && sentence.substring(numberStart, Math.min(textEnd, sentence.length())).contains("%")) {
            return metric + "完成进度"; // 项目建设已完成95%以上: how far the works are
        }
        if (!BARE.matcher(metric).matches()) {
            return metric;
        }
        Matcher works = WORKS_OF.matcher(after);
        if (works.lookingAt()) {
            return works.group(1) + "涉及" + metric; // 104个村的背街小巷硬化工程: the villages the works reach
        }
        Matcher founded = FOUNDED.matcher(after);
        if (founded.lookingAt()) {
            // 等6家企业共同设立…基金: the firms that set up the fund
            return founded.group(1) + founded.group(2) + "的" + metric;
        }
        Matcher marker = MARKER.matcher(before);
        if (marker.find()) {
            return marker.group(1) + metric;
        }
        Matcher verb = VERB_BEFORE.matcher(before);
        if (verb.find() && textStart >= numberStart) {
            return verb.group(1) + metric; // 集中开工5个项目 → 集中开工项目
        }
        Matcher did = VERB_AFTER.matcher(after);
        if (did.find()) {
            String done = NOT_IN_LABEL.matcher(did.group()).replaceAll("");
            // 6个园区实现孵化载体全覆盖; 7家企业申报高新技术企业 → 申报高新技术企业的企业
            String label = done.endsWith(metric) ? done + "的" + metric : done + metric;
            Matcher helped = HELPED.matcher(before);
            // 重点支持平原光电等7家企业申报高新技术企业: firms helped to apply, not applicants on their own
            return helped.find() ? helped.group(1) + label : label;
        }
        return metric;
    }
}
