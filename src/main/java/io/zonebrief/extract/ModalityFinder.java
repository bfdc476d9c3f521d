package io.zonebrief.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells planned figures from achieved ones by the words of their clause: 力争, 目标, 计划, 预计, 将,
 * 确保, 谋划, 拟, 到2029年… before the number, or 计划/预计 + a future time after it
 * (剩余23个今冬完工, 两个技改项目计划今年投产).
 */
final class ModalityFinder {

    private static final List<String> BEFORE = List.of("力争", "目标", "预计", "确保", "谋划", "拟", "争取", "将",
            "计划", "规划", "有望", "预期", "要", "打造", "到", "建成后", "投产后", "达产后", "建成达产", "建成投产后", "全部建成后", "可达", "可实现");
    private static final Pattern FUTURE_YEAR = Pattern.compile("到(?:19|20)\\d{2}年|(?:19|20)\\d{2}年(?:前|底前)|明年|今冬|年底前|年内");
    private static final Pattern PLANNED_AMOUNT = Pattern.compile("计划(总)?投资|目标(任务)?为?$|计划(新增|建设|完成)");
    private static final List<String> GOVERNING = List.of("力争", "目标", "预计", "确保", "谋划", "计划", "下一步", "争取",
            "建成后", "投产后", "达产后", "建成达产", "要");
    private static final Pattern ACHIEVED = Pattern.compile("已|累计|共有|拥有|同比");
    private static final List<String> AFTER = List.of("计划", "预计", "力争", "今冬", "明年", "年底前", "早开工", "早投产", "拟");
    private static final Pattern NOUN_PLAN = Pattern.compile("(年度|投资|全年|目标任务|既定)(计划|目标)|占.{0,8}(计划|目标)|完成.{0,10}(计划|目标)");

    /** What follows 将 when it means "will": a verb or an adverb of intent, not the object of 将 = 把. */
    private static final Pattern WILL_NEXT = Pattern.compile(
            "(力争|全面|进一步|重点|加快|继续|持续|大力|着力|努力|争取|逐步|陆续|同步|再|新|在|于|有|超|达|实现|建|完成|形成|投入|投产|引|开|突破"
                    + "|提升|提高|增|成为|带动|吸引|聚集|集聚|打造|推动|推进|启动|举办|实施|落实|围绕|以|按|从|是|可|能|会|不|把|为|对|与|和|向"
                    + "|满足|容纳|提供|安排|拿出|设立|出台|组织|组建|布局|规划|计划|培育|扩大|达到|迎来|形成|惠及|覆盖|助力|全力|上|下|分|整合|构建|投资|改造)");

    private static final Pattern BY_THE_PLAN = Pattern.compile("(按照|根据|依据|依照|结合)[^，,；;]{0,16}$");
    private static final Pattern PROGRAMME = Pattern.compile("(火炬|星火|千人|万人|百人|人才|英才|领军|攀登|引才|育才)计划$");

    private static final Pattern PLANNED_AREA = Pattern.compile("(总)?(用地|占地|建设用地)?(总)?面积");

    private ModalityFinder() {
    }

    /**
     * @param s        normalised sentence
     * @param clauseAt start of the quantity's clause
     * @param q        the quantity
     */
    static Modality find(String s, int clauseAt, Quantity q) {
        String before = s.substring(sentenceScope(s, q.start()), q.start());
        String clauseBefore = s.substring(clauseAt, q.start());
        if (NOUN_PLAN.matcher(clauseBefore).find() && q.kind() == Unit.Kind.PERCENT) {
            return Modality.ACTUAL;
        }
        if (q.kind() != Unit.Kind.PERCENT && PLANNED_AMOUNT.matcher(clauseBefore).find()) {
            return Modality.TARGET; // 年度计划投资96亿元: the plan, not what was done
        }
        if (futureYear(before)) {
            return Modality.TARGET;
        }
        for (String w : BEFORE) {
            int at = clauseBefore.lastIndexOf(w);
            if (at >= 0 && !nounUse(clauseBefore, at, w)) {
                return Modality.TARGET;
            }
        }
        if (q.qualifier() == Qualifier.MORE_THAN && (s.startsWith("不低于", q.start()) || s.startsWith("不少于", q.start()))) {
            return Modality.TARGET;
        }
        // "将力争全年投资增长10%以上,新增高企不少于80家": a plan word governs the clauses after it
        if (!ACHIEVED.matcher(clauseBefore).find()) {
            String sentenceBefore = s.substring(0, clauseAt);
            for (String w : GOVERNING) {
                int at = sentenceBefore.lastIndexOf(w);
                if (at >= 0 && !nounUse(sentenceBefore, at, w) && !ACHIEVED.matcher(sentenceBefore.substring(at)).find()) {
                    return Modality.TARGET;
                }
            }
        }
        String after = s.substring(q.end(), clauseEnd(s, q.end()));
        for (String w : AFTER) {
            if (after.contains(w)) {
                return Modality.TARGET;
            }
        }
        return Modality.ACTUAL;
    }

    /** "到2025年", "明年", "年内": a deadline ahead, unless 年内 follows what has already happened (已建成并…投产，年内实现). */
    private static boolean futureYear(String before) {
        java.util.regex.Matcher m = FUTURE_YEAR.matcher(before);
        while (m.find()) {
            if (!m.group().equals("年内") || !before.substring(0, m.start()).contains("已")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounUse(String clause, int at, String w) {
        if (clause.startsWith("的", at + w.length())) {
            return true;
        }
        if (w.equals("计划") && (clause.startsWith("”", at + 2) || clause.startsWith("\"", at + 2)
                || PROGRAMME.matcher(clause.substring(0, at + 2)).find())) {
            return true; // “千人计划”专家, 国家火炬计划软件产业基地: a programme's name
        }
        if (w.equals("规划") && (clause.startsWith("中", at + 2) || BY_THE_PLAN.matcher(clause.substring(0, at)).find())) {
            return true; // 目前园区规划中还有4块可用地, 按照产业规划细分成: the plan as a thing, not a plan to do
        }
        if (w.equals("计划") || w.equals("目标")) {
            // 占年度计划的, 完成全年目标: the plan as a yardstick; 全年计划实施…: the plan itself
            String before = clause.substring(Math.max(0, at - 4), at);
            return before.contains("占") || before.contains("完成") || before.contains("超") || before.contains("于")
                    || clause.startsWith("任务", at + w.length()) || clause.startsWith("的", at + w.length())
                    || clause.startsWith("投资", at + w.length()) || clause.startsWith("总投资", at + w.length());
        }
        if (w.equals("规划")) {
            // 规划面积31.02平方公里: the area a zone or park is laid out on, an existing attribute
            return clause.startsWith("建设了", at + 2) || clause.startsWith("了", at + 2)
                    || PLANNED_AREA.matcher(clause.substring(at + 2)).lookingAt();
        }
        if (w.equals("将")) {
            // 将新建…, 将力争…: what will be; 将沙文园…细分成4个小园区: 将 as 把, what was done to something
            return at + 1 < clause.length() && "近军".indexOf(clause.charAt(at + 1)) >= 0
                    || !WILL_NEXT.matcher(clause.substring(at + 1)).lookingAt();
        }
        if (w.equals("要")) {
            return at > 0 && "主重需只紧首纪摘".indexOf(clause.charAt(at - 1)) >= 0 || clause.startsWith("要素", at)
                    || clause.startsWith("要求", at) || clause.startsWith("要点", at) || clause.startsWith("要闻", at)
                    || clause.startsWith("要件", at);
        }
        if (w.equals("到")) {
            return true;
        }
        return false;
    }

    private static int sentenceScope(String s, int at) {
        return Math.max(0, at - 60);
    }

    private static int clauseEnd(String s, int from) {
        int k = from;
        while (k < s.length() && ",;。,;!?".indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k;
    }
}
