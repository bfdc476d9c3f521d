package io.zonebrief.meaning;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.SubjectKind;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of statement a figure is. The extractor has said whether it is achieved or planned; this
 * says which kind of plan: a deal not yet made (拟签约, 在谈), an estimate (预计), a project's planned
 * attribute (计划总投资, 建成后, 规划面积), a policy's grant standard (给予最高…资助), or a goal.
 */
final class NatureFinder {

    private static final Pattern PIPELINE = Pattern.compile("拟签约|拟引进|拟落户|待签约|即将签约|在谈|洽谈中|正在洽谈|储备项目|储备库|跟踪项目");
    private static final Pattern PROSPECT = Pattern.compile("意向|洽谈|招商(引资)?信息|项目信息|招商线索|项目线索");
    private static final Pattern LEADS_COUNTED = Pattern.compile("[0-9.]+(余|多)?条");
    private static final Pattern FORECAST = Pattern.compile("预计|预期|有望|估计|预估|预测");
    private static final Pattern PLAN = Pattern.compile("计划总投资|总投资预计|规划(总)?(用地|面积|建设|建筑)|设计(产能|规模|能力)?|建成后|投产后|达产后|建成达产|全部建成|项目建成|占地|总建筑面积|计划投资|拟投资");
    private static final Pattern POLICY = Pattern.compile("给予|奖励|资助|补贴|补助|扶持资金|贴息|奖补|最高(不超过)?|一次性");
    private static final Pattern POLICY_TERMS = Pattern.compile("对(于)?(新)?(认定|获批|引进|入驻|符合|首次|年度|当年)|凡|申报|认定的|按照.{0,12}(标准|比例)|每(年|家|个|人)");
    private static final Pattern ACHIEVED = Pattern.compile("已|累计|共计|实现了|完成了|兑现|发放|拨付|获得");

    private static final Pattern POLICY_SENTENCE = Pattern.compile("(^|[,，;；。])(对|凡|符合|申报)[^。]{0,80}(给予|予以|奖励|资助|补贴|补助)");
    private static final Pattern WILL_PROVIDE = Pattern.compile("提供|可容纳|可提供|设计|可满足");
    private static final Pattern DONE = Pattern.compile("已建成|建成投用|已投用|投入使用|已投产|竣工|开业|开诊");
    private static final Pattern AFTER_COMPLETION = Pattern.compile("建成后|投产后|达产后|建成投产后|全部建成");
    private static final Pattern BY_YEAR = Pattern.compile("(增加|增长|提高|提升|扩大|发展|上升|达)到((?:19|20)\\d{2})年");
    private static final Pattern PLAN_WORD = Pattern.compile("力争|目标|计划|预计|将|确保|争取|有望|要");
    /** Words that make an estimate a commitment: 预计…力争 is a goal. */
    private static final Pattern COMMITMENT = Pattern.compile("力争|目标|确保|争取");
    private static final Pattern GRANT_AFTER = Pattern.compile("给予|予以|奖励|资助|补贴|补助");

    private NatureFinder() {
    }

    /** "由2021年末的260家增加到2023年末的418家" in a 2024 article: a level reached, not a deadline. */
    private static boolean reachedBy(String clause, LocalDate published) {
        Matcher m = BY_YEAR.matcher(clause);
        return published != null && m.find() && Integer.parseInt(m.group(2)) < published.getYear()
                && !PLAN_WORD.matcher(clause).find();
    }


    /**
     * @param modality    what the extractor said
     * @param sentence    the normalised sentence
     * @param clauseStart start of the figure's clause in it
     * @param numberStart start of the number
     * @param owner       whose figure it is
     */
    static Nature find(Modality modality, String sentence, int clauseStart, int numberStart, SubjectKind owner,
                       LocalDate published) {
        String clause = sentence.substring(clauseStart, numberStart);
        String before = sentence.substring(0, numberStart);
        String clauseAfter = sentence.substring(numberStart, Clauses.end(sentence, numberStart));
        boolean grant = POLICY.matcher(clause).find() || GRANT_AFTER.matcher(clauseAfter).find();
        if (grant && (POLICY_TERMS.matcher(before).find() || sentence.contains("给予") || sentence.contains("予以"))
                && !ACHIEVED.matcher(clause).find()) {
            return Nature.POLICY;
        }
        if (POLICY_SENTENCE.matcher(sentence).find() && !ACHIEVED.matcher(clause).find()) {
            return Nature.POLICY; // "对…研发费用占比不低于3%的企业，给予…": a condition of the grant
        }
        if (owner == SubjectKind.PROJECT && modality == Modality.ACTUAL && WILL_PROVIDE.matcher(clause).find()
                && !DONE.matcher(before).find()) {
            return Nature.PLAN; // 新建门诊…提供1500张床位: what a project being built is to offer
        }
        boolean leads = clause.contains("招商") && LEADS_COUNTED.matcher(clauseAfter).lookingAt(); // 共抓招商引资项目232条
        if (modality == Modality.ACTUAL && (PROSPECT.matcher(clause + clauseAfter).find() || leads)) {
            return Nature.PROSPECTS; // 洽谈对接项目158个, 意向投资454.16亿元: talks held, nothing signed yet
        }
        if (modality == Modality.ACTUAL || reachedBy(clause, published)) {
            return Nature.ACHIEVED;
        }
        if (modality == Modality.UNKNOWN) {
            return Nature.UNSTATED;
        }
        if (PIPELINE.matcher(clause).find()) {
            return Nature.PIPELINE;
        }
        if (FORECAST.matcher(clause).find()) {
            return Nature.FORECAST;
        }
        if ((PLAN.matcher(clause).find() || AFTER_COMPLETION.matcher(before).find()) && owner != SubjectKind.ZONE
                || clause.contains("计划总投资")) {
            return Nature.PLAN;
        }
        if (FORECAST.matcher(before).find() && !COMMITMENT.matcher(before).find()) {
            return Nature.FORECAST;
        }
        return Nature.GOAL;
    }
}
