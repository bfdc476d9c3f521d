package io.zonebrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic news articles about national high-tech zones, shaped like the local papers'
 * 经济运行 and 招商引资 reports the seeds come from: a masthead date, a headline, a lead, then
 * paragraphs of indicators with periods, 其中 breakdowns, 同比增长 figures, targets and named
 * projects. The same seed always gives the same articles, so benchmark runs compare.
 *
 * <pre>
 * ZoneArticles gen = new ZoneArticles(42);
 * String text = gen.article(0);
 * </pre>
 */
final class ZoneArticles {

    private static final List<String> ZONES = List.of("郑州高新区", "洛阳高新区", "焦作高新区", "平顶山高新区",
            "新乡高新区", "安阳高新区", "南阳高新区", "许昌高新区", "信阳高新区", "武汉东湖高新区", "襄阳高新区",
            "宜昌高新区", "长沙高新区", "株洲高新区", "合肥高新区", "西安高新区", "成都高新区", "济南高新区",
            "青岛高新区", "苏州高新区", "无锡高新区", "宁波高新区", "南昌高新区", "贵阳高新区");
    private static final List<String> PERIODS = List.of("今年以来", "前三季度", "1—9月", "1至6月", "上半年",
            "一季度", "1—11月", "前两个月", "全年");
    private static final List<String> INDUSTRIES = List.of("先进制造业", "现代服务业", "电子信息", "生物医药",
            "新材料", "装备制造", "新能源", "城市经济类", "数字经济", "现代农业");
    private static final List<String> COMPANIES = List.of("河南星渤实业有限公司", "中原智能装备股份有限公司",
            "华豫新材料科技有限公司", "天宝库祥金刚石有限公司", "瑞庆汽车发动机有限公司", "宏達生物医药有限公司",
            "楚天激光集团", "长江存储科技有限责任公司", "湘江储能技术有限公司", "蓝海光电科技有限公司");
    private static final List<String> PRODUCTS = List.of("锂电池正极材料", "高端面料", "健康果蔬茶饮", "新能源汽车零部件",
            "光伏组件", "生物医药原料", "工业机器人", "尼龙新材料");
    private static final List<String> REPORTERS = List.of("付凯明", "郭树勋", "高轶鹏", "聂楠", "汪洋", "许建林");
    private static final List<String> HEADLINES = List.of("%s经济运行稳中有进", "%s招商引资跑出“加速度”",
            "%s项目建设按下“快进键”", "%s：创新驱动激活发展新动能", "%s以高质量发展奋力打造增长极",
            "%s“三个一批”项目建设成效明显");
    private static final String[] FILLER = {
        "该区坚持把项目建设作为稳增长的“压舱石”，实行领导分包、专班推进、周调度月观摩机制，全力破解用地、资金、审批等要素难题。",
        "围绕主导产业延链补链强链，该区组建专业招商小分队，赴长三角、珠三角等地开展精准招商，推动一批优质项目落地生根。",
        "在优化营商环境方面，该区深化“放管服”改革，推行“拿地即开工”“交地即交证”，企业开办时间压缩至半个工作日。",
        "企业是创新的主体。该区持续实施科技型企业梯次培育工程，完善“科技型中小企业—高新技术企业—创新龙头企业”培育链条。",
        "据介绍，下一步该区将锚定全年目标任务，坚持项目为王、企业为本，以更大力度抓招商、上项目、优服务，确保完成全年各项目标。",
        "走进产业园区，塔吊林立、机器轰鸣，一派热火朝天的建设景象。工人们加紧施工，确保项目早日竣工投产、达产达效。",
        "为解决企业融资难题，该区设立科技成果转化基金，联合金融机构推出“科技贷”“人才贷”等特色产品，为企业发展注入金融活水。",
        "该区相关负责人表示，将持续发挥国家高新区的示范引领作用，坚定“发展高科技、实现产业化”初心使命，争当全市高质量发展排头兵。",
        "在智能制造车间，一台台机械臂精准抓取、焊接、装配，生产线上的数字大屏实时显示订单进度和设备运行状态。",
        "该区还把人才工作摆在突出位置，出台人才引进“黄金十条”，在安家补贴、子女入学、医疗保障等方面为人才提供全方位服务。",
        "聚焦“五链”深度耦合，该区搭建产学研合作平台，组织企业走进高校院所，推动科技成果从“纸上”落到“地上”。",
        "该区全面推行“标准地+承诺制”改革，为项目建设提供全生命周期服务，确保项目签约即落地、落地即开工。",
        "“以前办手续要跑好几个部门，现在一个窗口就能办完。”一家入驻企业负责人感慨地说，高新区的服务让企业吃下了“定心丸”。",
        "在生态建设方面，该区坚持绿色低碳发展，推进园区循环化改造，建成一批绿色工厂和零碳示范园区。",
        "当前，该区正以“拼”的精神、“抢”的劲头、“实”的作风，全力冲刺全年目标，奋力谱写高质量发展新篇章。",
        "在项目现场，记者看到，主体厂房已经封顶，设备安装正在有序进行，预计年底前可实现试生产。",
        "为确保项目顺利推进，该区建立“一个项目、一名领导、一个专班、一抓到底”的工作机制，定期召开项目推进会，现场协调解决问题。",
        "该区深入开展“万人助万企”活动，选派干部担任企业服务专员，帮助企业解决用工、融资、物流等方面的实际困难。",
        "依托区内高校和科研院所，该区积极搭建中试基地和概念验证中心，打通科技成果转化的“最后一公里”。",
        "在数字化转型方面，该区引导企业实施“智改数转”，建成一批智能工厂和数字化车间，企业生产效率明显提升。",
        "记者从该区了解到，一批产业链上下游配套企业正在加快集聚，产业集群效应日益凸显，为区域经济发展注入强劲动力。",
        "该区持续完善园区基础设施，新建改造道路、管网、标准化厂房，为项目落地提供了充足的承载空间。",
        "与此同时，该区还积极对接国内知名投资机构，探索“基金+项目+园区”的招商模式，以资本招商撬动产业集聚。",
        "“我们将以更加务实的作风、更加有力的举措，推动各项工作提质增效。”该区主要负责人表示。",
        "从一片荒地到产业新城，高新区的发展历程，正是全市坚持创新驱动、推动产业转型升级的生动缩影。",
    };

    private final long seed;

    ZoneArticles(long seed) {
        this.seed = seed;
    }

    /** Number of zones the articles are spread over. */
    static int zoneCount() {
        return ZONES.size();
    }

    /** File name of article {@code i}, sortable so the pipeline reads them in order. */
    static String fileName(int i) {
        return String.format(Locale.ROOT, "%06d_zone.txt", i);
    }

    /** Article {@code i}; each article has its own random stream, so any one can be made alone. */
    String article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String zone = ZONES.get(Math.floorMod(i * 7 + r.nextInt(3), ZONES.size()));
        int year = 2022 + r.nextInt(4);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        StringBuilder b = new StringBuilder(3200);
        b.append(year).append("年").append(month).append("月").append(day).append("日 ")
                .append(weekday(r)).append("\n\n");
        b.append(String.format(HEADLINES.get(r.nextInt(HEADLINES.size())), zone)).append("\n\n");
        b.append("本报讯（记者").append(pick(r, REPORTERS)).append("）");
        String period = pick(r, PERIODS);
        String when = (r.nextBoolean() && !period.startsWith("今年") ? year + "年" : "") + period;
        b.append(when).append("，").append(zone).append("聚焦经济运行、产业升级、项目建设等重点领域，")
                .append("主要经济指标保持稳中有进、稳中向好的发展态势。\n\n");
        List<Paragraph> paragraphs = new ArrayList<>(List.of(this::investment, this::economy, this::projects,
                this::innovation, this::openness, this::talent, this::targets, this::fiscal));
        java.util.Collections.shuffle(paragraphs, r);
        List<String> filler = new ArrayList<>(List.of(FILLER));
        java.util.Collections.shuffle(filler, r);
        int count = 4 + r.nextInt(3);
        for (int p = 0; p < count; p++) {
            paragraphs.get(p).write(b, r, zone, when);
            b.append(filler.remove(filler.size() - 1));
            if (r.nextBoolean()) {
                b.append(filler.remove(filler.size() - 1));
            }
            b.append("\n\n");
        }
        int length = 1_700 + r.nextInt(1_200);
        while (b.length() < length && !filler.isEmpty()) {
            b.append(filler.remove(filler.size() - 1)).append("\n\n");
        }
        return b.toString();
    }

    /** One paragraph shape. */
    @FunctionalInterface
    private interface Paragraph {
        void write(StringBuilder b, Random r, String zone, String when);
    }

    private void investment(StringBuilder b, Random r, String zone, String when) {
        int projects = 20 + r.nextInt(60);
        int first = 5 + r.nextInt(projects / 2);
        double total = money(r, 50, 400);
        double part = round2(total * (0.3 + r.nextDouble() * 0.4));
        b.append(when).append("，").append(zone).append("累计签约项目").append(projects).append("个，总投资")
                .append(fmt(total)).append("亿元，同比增长").append(pct(r)).append("%。其中，")
                .append(pick(r, INDUSTRIES)).append("项目").append(first).append("个，总投资").append(fmt(part))
                .append("亿元；").append(pick(r, INDUSTRIES)).append("项目").append(projects - first)
                .append("个，总投资").append(fmt(round2(total - part))).append("亿元。");
        b.append("实际到位省外资金").append(fmt(money(r, 10, 90))).append("亿元，完成年度目标任务的")
                .append(pct(r, 60, 130)).append("%；实际利用外资").append(fmt(money(r, 1, 30)))
                .append("亿美元，同比增长").append(pct(r)).append("%。");
    }

    private void economy(StringBuilder b, Random r, String zone, String when) {
        double revenue = money(r, 200, 3000);
        b.append(when).append("，全区规模以上工业增加值同比增长").append(pct(r)).append("%，高于全市平均水平")
                .append(fmt(round1(0.5 + r.nextDouble() * 4))).append("个百分点；实现营业收入").append(fmt(revenue))
                .append("亿元，同比增长").append(pct(r)).append("%。");
        double fixed = money(r, 50, 600);
        b.append("固定资产投资完成").append(fmt(fixed)).append("亿元，同比增长").append(pct(r))
                .append("%，其中工业投资").append(fmt(round2(fixed * (0.4 + r.nextDouble() * 0.4))))
                .append("亿元，同比增长").append(pct(r)).append("%。");
    }

    private void projects(StringBuilder b, Random r, String zone, String when) {
        int key = 20 + r.nextInt(80);
        b.append(when).append("，").append(zone).append("实施省市重点项目").append(key).append("个，总投资")
                .append(fmt(money(r, 100, 900))).append("亿元，累计完成投资").append(fmt(money(r, 40, 300)))
                .append("亿元，占年度计划的").append(pct(r, 70, 125)).append("%。");
        int started = 3 + r.nextInt(12);
        b.append(month(r)).append("月").append(1 + r.nextInt(28)).append("日，该区举行第")
                .append(chineseOrdinal(r)).append("期“三个一批”项目建设活动，集中开工项目").append(started)
                .append("个，总投资").append(fmt(money(r, 10, 80))).append("亿元。");
        b.append(pick(r, COMPANIES)).append("年产").append(2 + r.nextInt(30)).append("万吨")
                .append(pick(r, PRODUCTS)).append("项目总投资").append(fmt(money(r, 3, 60)))
                .append("亿元，建成后预计年产值").append(fmt(money(r, 5, 120))).append("亿元。");
    }

    private void innovation(StringBuilder b, Random r, String zone, String when) {
        b.append("截至目前，").append(zone).append("拥有高新技术企业").append(100 + r.nextInt(1500))
                .append("家、科技型中小企业").append(200 + r.nextInt(3000)).append("家，省级以上研发平台")
                .append(20 + r.nextInt(300)).append("个。");
        b.append(when).append("，技术合同成交额").append(fmt(money(r, 5, 200))).append("亿元，同比增长")
                .append(pct(r)).append("%；发明专利授权").append(100 + r.nextInt(3000)).append("件，同比增长")
                .append(pct(r)).append("%。");
    }

    private void openness(StringBuilder b, Random r, String zone, String when) {
        double trade = money(r, 20, 900);
        b.append(when).append("，全区完成进出口总额").append(fmt(trade)).append("亿元，同比增长").append(pct(r))
                .append("%，其中出口").append(fmt(round2(trade * (0.5 + r.nextDouble() * 0.4))))
                .append("亿元。新增市场主体").append(500 + r.nextInt(8000)).append("户，总数达")
                .append(10_000 + r.nextInt(90_000)).append("户。");
    }

    private void talent(StringBuilder b, Random r, String zone, String when) {
        int talents = 50 + r.nextInt(900);
        b.append("人才是第一资源。").append(when).append("，该区引进高层次人才").append(talents)
                .append("名，其中博士").append(5 + r.nextInt(talents / 4)).append("名，新建院士工作站")
                .append(1 + r.nextInt(6)).append("个。");
    }

    private void targets(StringBuilder b, Random r, String zone, String when) {
        b.append("到2027年，").append(zone).append("力争营业收入突破").append(500 + 100 * r.nextInt(40))
                .append("亿元，高新技术企业达到").append(500 + 50 * r.nextInt(40)).append("家，研发投入强度达到")
                .append(fmt(round1(3 + r.nextDouble() * 4))).append("%。");
    }

    private void fiscal(StringBuilder b, Random r, String zone, String when) {
        double income = money(r, 10, 150);
        b.append(when).append("，完成一般公共预算收入").append(fmt(income)).append("亿元，同比增长").append(pct(r))
                .append("%，其中税收收入").append(fmt(round2(income * (0.6 + r.nextDouble() * 0.3))))
                .append("亿元，社会消费品零售总额").append(fmt(money(r, 30, 500))).append("亿元，同比增长")
                .append(pct(r)).append("%。");
    }

    private static String weekday(Random r) {
        return "星期" + "一二三四五六日".charAt(r.nextInt(7));
    }

    private static String chineseOrdinal(Random r) {
        return List.of("九", "十", "十一", "十二", "十三", "十四").get(r.nextInt(6));
    }

    private static int month(Random r) {
        return 1 + r.nextInt(12);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static double money(Random r, double low, double high) {
        return round2(low + r.nextDouble() * (high - low));
    }

    private static String pct(Random r) {
        return fmt(round1(1 + r.nextDouble() * 30));
    }

    private static String pct(Random r, double low, double high) {
        return fmt(round1(low + r.nextDouble() * (high - low)));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
