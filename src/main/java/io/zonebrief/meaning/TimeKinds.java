package io.zonebrief.meaning;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.FirstChars;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a figure relates to time. A level reached (截至6月底, 目前, 现有, 累计 without a span) is a stock as
 * of its date, or of the publication when none is given; a project's total, a capacity, an area or a
 * grant standard has no period; everything else is a flow over the period the extractor found (null
 * when the text leaves the span unsaid).
 */
final class TimeKinds {

    /** The figure's time: kind, period for the contract, and as-of month. */
    record Time(PeriodKind kind, Period period, YearMonth asOf) {
    }

    private static final Pattern AS_OF = Pattern.compile("截至|截止|到目前");
    /** 截至2023年底: a level dated by the text itself, not by the article. */
    private static final Pattern AS_OF_DATE = Pattern.compile("(截至|截止到?)\\s*((19|20)\\d{2}年|\\d{1,2}月)");
    /** 较2023年末增加21个: a change over a span, even in a sentence that says 目前. */
    private static final Pattern BASE_YEAR_END = Pattern.compile("较((?:19|20)\\d{2})年(?:末|底)");
    private static final Pattern ALREADY_DONE = Pattern.compile("已(经)?(敷设|铺设|建成|完成|完工|开工|投产|封顶|入驻|引进|签约|落地|累计)");
    private static final Pattern LISTED = Pattern.compile("重点项目$|重大项目$");
    /** A state reached by what was counted, said right after it. */
    private static final Pattern END_STATE = Pattern.compile("(全面|全部|均已|已|均)?(封顶|完工|竣工|建成投用|投入使用|通车|实现供水|实现通水|实现全覆盖)");
    /** A state of coverage reached: what it counts is where things stand, not what a span brought. */
    private static final Pattern COVERED = Pattern.compile("^[^，,；;。]{0,10}(实现|达到)[^，,；;。]{0,10}全覆盖");
    /** A count of what works reach, followed by how many of them are done: the works' size. */
    private static final Pattern TASK_TOTAL = Pattern.compile("^[^，,；;。]{0,8}的[\\p{IsHan}]{2,16}?(工程|项目)" + TimeKinds.DONE_PART);
    /** How many of a task's things are done, right after the works: 已完工81个. */
    static final String DONE_PART = "(?:已经|均已|已|目前已)?(?:完工|完成|建成|竣工|开工|实施)[0-9零一二两三四五六七八九十百]";
    /** Those a body supports in doing something are its work over a span: 重点支持平原光电等7家企业申报. */
    private static final Pattern HELPED = Pattern.compile("(支持|扶持|帮助|帮扶|指导|辅导)[^，,；;。]{0,30}$");
    /** A range around a place (考点周边500米范围) says where, not what was done. */
    private static final Pattern RADIUS = Pattern.compile("(周边|周围|方圆)?范围$");
    private static final Pattern COMPARED = Pattern.compile("较|比上年|同比|环比");
    /** A level, whatever span the sentence names: 总数, 拥有, 余额 (but not the 保有 of 担保有限公司). */
    private static final Pattern LEVEL = Pattern.compile("总数|拥有|共有|存量|余额|在校|在册|在库|在孵|保有(?!限)|有效|(人才|人员|企业|主体|人口)总量");
    /** Now: a level as of the article. */
    private static final Pattern NOW = Pattern.compile("目前|现有|现已|已有|当前|至今|如今|现在");
    private static final Pattern NOW_OPENING = Pattern.compile("^(目前|当前|现在|如今|截至目前)");
    /** "这里现有…企业23家、…平台58个，从业人员约5.6万人": a now that governs the sentence's whole list. */
    private static final Pattern NOW_BEFORE = Pattern.compile("现有|目前有|目前已有|目前共有|在建|在研|在谈|在孵");
    /** Where NOW and NOW_BEFORE can match, so that scans of long texts try only there. */
    private static final FirstChars NOW_STARTS = FirstChars.of(NOW);
    private static final FirstChars NOW_BEFORE_STARTS = FirstChars.of(NOW_BEFORE);
    /** A level unless the sentence names a span (今年以来累计签约 is a flow). */
    private static final Pattern CUMULATIVE = Pattern.compile("累计|入驻|聚集|集聚|已建成");
    private static final Pattern YEAR_END = Pattern.compile("((?:19|20)\\d{2})年(末|底)的?$");
    private static final Pattern CHANGE = Pattern.compile("新增|净增|增长|增加|减少|下降|完成|实现|签约|引进|新建|新认定|培育");
    private static final Pattern SPAN = Pattern.compile("今年|年初以来|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|季度"
            + "|\\d{1,2}(-|—|–|~|至|到)\\d{1,2}月|前\\d{1,2}个?月|全年|年内|以来");
    private static final Pattern NO_PERIOD = Pattern.compile("总投资|计划投资|占地|总建筑面积|建筑面积|规划面积|用地面积|总面积|床位|设计|产能|(?<!\\d)年产(?!值)|规模$|总规模|长度|全长|层高|净高|标准");
    /** "投资2.53亿元建设的720套人才公寓": what a project costs, not what was spent in a span. */
    private static final Pattern PROJECT_INVESTMENT = Pattern.compile("(总|计划|项目)?投资(额|总额)?");
    private static final Pattern COUNT_UNIT = Pattern.compile("家|个|所|名|人|支|座|项");
    private static final Pattern ANNUAL_PLAN = Pattern.compile("年度计划|全年计划|年度目标|年度任务");
    private static final Pattern SPENT = Pattern.compile("完成|实际|累计|到位|已");
    private static final Pattern EVENT = Pattern.compile("签约|开工|集中|引进|落地|新增|新建|招引|竣工");
    private static final Pattern COUNTED_CLASS = Pattern.compile("(企业|公司|平台|机构|载体|院校|高校|实验室|中心|基地|园区|孵化器|众创空间|人才|专家|院士|团队|工作站)$");

    /** "为5家基层医疗机构配备24台医疗设备": those the work was done for, counted as the work is, not a level. */
    private static final Pattern RECIPIENT = Pattern.compile("(为|向|给|帮助|帮扶|对)(辖区|全区|区内|全市)?(共|累计)?$");

    /** A plan's year said after its number, in its clause: 计划今年投产, 年内建成, 年底前完工. */
    private static final Pattern THIS_YEAR_AFTER = Pattern.compile("(计划|拟|预计|将|力争|确保)?(今年|年内|年底前|今年年底)");
    private static final Pattern YEAR_WORD = Pattern.compile("今年|本年度?|((?:19|20)\\d{2})年(?![底末]|\\d{1,2}月)");

    private TimeKinds() {
    }


    /** The year the sentence names last before the figure (今年 is the article's), 0 when none. */
    private static int yearSaid(String before, LocalDate publishedOn) {
        int year = 0;
        Matcher m = YEAR_WORD.matcher(before);
        while (m.find()) {
            year = m.group(1) != null ? Integer.parseInt(m.group(1)) : publishedOn == null ? 0 : publishedOn.getYear();
        }
        return year;
    }

    /** Where the last word for "now" stands in {@code before}, 0 when none does: a span after it still counts. */
    private static int lastNow(String before) {
        int at = 0;
        for (FirstChars p : new FirstChars[] {NOW_STARTS, NOW_BEFORE_STARTS}) {
            Matcher m = p.matcher(before);
            for (int from = 0; p.find(m, before, from); from = m.end()) {
                at = Math.max(at, m.start());
            }
        }
        return at;
    }

    private static String afterNumber(String sentence, int numberStart) {
        return sentence.substring(numberStart, Clauses.end(sentence, numberStart));
    }

    /** A level as of the end of {@code p}, or of the article when the span runs past it (今年共有). */
    private static Time stockAtEnd(Period p, YearMonth published) {
        if (p == null) {
            return stock(published);
        }
        return stock(published != null && p.to().isAfter(published) ? published : p.to());
    }

    private static Time stock(YearMonth at) {
        return new Time(PeriodKind.STOCK, at == null ? null : Period.month(at.getYear(), at.getMonthValue()), at);
    }

    /**
     * Where a figure's number stands: its sentence, where its clause and its number start, and the sentences
     * before it that a semicolon runs into this one ("今年区3个省重点项目…；22个市重点项目…").
     */
    record At(String sentence, int clauseStart, int numberStart, String runOn) {
    }

    static Time find(Figure f, At at, SubjectKind owner, Nature nature, LocalDate publishedOn, int year) {
        String sentence = at.sentence();
        int clauseStart = at.clauseStart();
        int numberStart = at.numberStart();
        String clause = sentence.substring(clauseStart, numberStart) + f.metric();
        String before = sentence.substring(0, numberStart);
        Period p = f.period();
        if (ANNUAL_PLAN.matcher(clause).find() && year > 0 && !f.unit().equals("%") && !SPENT.matcher(clause).find()
                && !clause.contains("占")) {
            return new Time(PeriodKind.FLOW, p != null && p.months() == 12 ? p : Period.year(year), null); // 年度计划投资
        }
        if (nature == Nature.POLICY || nature == Nature.PLAN && p == null) {
            return new Time(PeriodKind.NONE, null, null);
        }
        boolean attribute = NO_PERIOD.matcher(f.metric()).find() && !f.metric().contains("完成")
                && (owner == SubjectKind.PROJECT || owner == SubjectKind.PARK || owner == SubjectKind.OTHER
                    && f.metric().contains("规模") || f.metric().contains("总投资"));
        // 签约项目…总投资: the total of a signing, dated by it; 22个市重点项目总投资: a list's total, no period
        boolean eventTotal = attribute
                && (EVENT.matcher(f.metric()).find() || owner == SubjectKind.ZONE && EVENT.matcher(before).find());
        boolean cost = owner == SubjectKind.PROJECT && p == null && PROJECT_INVESTMENT.matcher(f.metric()).matches()
                && !SPENT.matcher(clause).find();
        if (attribute && !eventTotal || cost || RADIUS.matcher(f.metric()).find()) {
            return new Time(PeriodKind.NONE, null, null);
        }
        if (COUNT_UNIT.matcher(f.unit()).matches() && TASK_TOTAL.matcher(afterNumber(sentence, numberStart)).find()) {
            return new Time(PeriodKind.NONE, null, null); // 104个村的…工程已完工81个: the task's size, not a result
        }
        YearMonth published = publishedOn == null ? null : YearMonth.from(publishedOn);
        if (nature == Nature.PIPELINE && p == null) {
            return stock(published); // 在谈项目23个, 拟签约项目9个: where the pipeline stands at the article
        }
        if (nature == Nature.FORECAST && p != null && p.months() == 12 && published != null
                && p.from().getYear() == published.getYear() && published.getMonthValue() <= 2 && before.contains("全年")) {
            // 预计全年实现… in a January report: the year just ended, whose statistics are not out yet
            return new Time(PeriodKind.FLOW, Period.year(published.getYear() - 1), null);
        }
        if (nature != Nature.ACHIEVED && nature != Nature.PROSPECTS) {
            String rest = sentence.substring(numberStart, Clauses.end(sentence, numberStart));
            if (p == null && published != null && THIS_YEAR_AFTER.matcher(rest).find()) {
                return new Time(PeriodKind.FLOW, Period.year(published.getYear()), null); // 两个技改项目计划今年投产
            }
            return new Time(PeriodKind.FLOW, p, null);
        }
        Matcher yearEnd = YEAR_END.matcher(sentence.substring(Math.max(clauseStart, numberStart - 12), numberStart));
        if (yearEnd.find()) {
            return stock(YearMonth.of(Integer.parseInt(yearEnd.group(1)), 12)); // 2023年末的689家
        }
        Matcher base = BASE_YEAR_END.matcher(sentence);
        if (base.find() && p != null && p.to().getYear() == Integer.parseInt(base.group(1)) + 1) {
            // 总数达到3.86万户，较2023年末增长12.4%: this year's level against last year's end, as of the article
            int y = Integer.parseInt(base.group(1)) + 1;
            // 截至8月底…较2023年末: as of the month said; undated, as of the article
            YearMonth end = AS_OF.matcher(before).find() ? p.to()
                    : published != null && published.getYear() == y ? published : YearMonth.of(y, 12);
            return CHANGE.matcher(clause).find() ? new Time(PeriodKind.FLOW, new Period(YearMonth.of(y, 1), end), null)
                    : stock(end);
        }
        boolean nowWord = NOW_STARTS.foundIn(clause) || NOW_OPENING.matcher(sentence).find()
                || NOW_BEFORE_STARTS.foundIn(before);
        // read only after a now-word, since it is the costly part on a long sentence of many figures
        boolean framed = nowWord && (SPAN.matcher(before.substring(lastNow(before))).find()
                || SPAN.matcher(before.replace("今年", "")).find()); // 今年以来…目前已签约: so far this year
        if (nowWord && !framed && !AS_OF_DATE.matcher(before).find()
                && !COMPARED.matcher(clause).find()) {
            // 目前已完成土地平整260亩, 现有职工1680名, 目前项目建设已完成95%: where things stand at the article
            return stock(published);
        }
        if (p != null && p.from().getYear() != p.to().getYear()) {
            return new Time(PeriodKind.FLOW, p, null); // 2021年至2023年，累计兑现…: what the years brought
        }
        if (LISTED.matcher(f.metric()).find() && COUNT_UNIT.matcher(f.unit()).matches() && !CHANGE.matcher(clause).find()
                && !SPAN.matcher(clause).find()) {
            // 今年…22个市重点项目: that year's list, not a flow over the 1—8月 beside it; undated, the list as it stands
            int listYear = yearSaid(at.runOn() + before, publishedOn);
            return listYear > 0 ? new Time(PeriodKind.FLOW, Period.year(listYear), null) : stock(published);
        }
        if (COUNT_UNIT.matcher(f.unit()).matches() && COVERED.matcher(afterNumber(sentence, numberStart)).find()) {
            return stockAtEnd(p, published); // 今年以来…6个园区实现孵化载体全覆盖: how many are covered by then
        }
        if (CHANGE.matcher(clause).find()) {
            return new Time(PeriodKind.FLOW, p, null);
        }
        boolean asOf = AS_OF.matcher(before).find();
        boolean level = LEVEL.matcher(clause).find();
        boolean now = nowWord;
        boolean cumulative = CUMULATIVE.matcher(clause).find();
        boolean span = (asOf || now || cumulative) && SPAN.matcher(before).find(); // only these words ask for it
        if (asOf && (!span || level)) {
            return stockAtEnd(p, published); // 截至8月底…已集聚68家
        }
        if (now && !span) {
            return stock(published); // 目前…: as of the article, whatever period the paragraph spoke of
        }
        if (level) {
            return stockAtEnd(p, published); // 1—8月…总数达到1986家: as of the span's end
        }
        if (cumulative && !span) {
            return stock(p != null && p.months() == 1 ? p.to() : published);
        }
        String rest = sentence.substring(numberStart, Clauses.end(sentence, numberStart));
        if (p == null && END_STATE.matcher(rest).find() && !SPAN.matcher(before).find()) {
            return stock(published); // 4栋主体结构全面封顶, 7个试点村实现供水: where things stand at the article
        }
        if (p == null && ALREADY_DONE.matcher(clause).find() && !SPAN.matcher(before).find()) {
            return stock(published); // 全域农村污水管网已敷设460公里: how far it has come, as of the article
        }
        if (p == null && COUNTED_CLASS.matcher(f.metric()).find() && COUNT_UNIT.matcher(f.unit()).matches()
                && !RECIPIENT.matcher(before).find() && !HELPED.matcher(before).find()) {
            return stock(published); // 65家高新技术企业: a count of what the zone has, as of the article
        }
        return new Time(PeriodKind.FLOW, p, null); // a flow, over the span the text gives or leaves unsaid
    }
}
