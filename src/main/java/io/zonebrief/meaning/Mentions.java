package io.zonebrief.meaning;

import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.FirstChars;
import io.zonebrief.text.KeyChars;
import io.zonebrief.text.Recent;
import io.zonebrief.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Mention}s of a normalised text: names ending in what they are (…产业园区, …项目,
 * …有限公司, …医院), pointing words (该园区, 该项目), the zone (高新区, 该区) and whole places (全市, 全省,
 * 乌当区). A name is the run of nouns that ends in its suffix, cut with the word segmenter, so
 * "推动平煤隆基光伏项目" names 平煤隆基光伏项目.
 */
final class Mentions {

    private static final Pattern SUFFIX = Pattern.compile(
            "股份有限公司|有限责任公司|有限公司|公司|集团"
            + "|产业园区|工业园区|产业园|科技园|工业园|物流园|孵化园|创业园|园区|孵化器|加速器|众创空间|综合体|片区|组团"
            + "|功能区|街区|核心区|产业基地|小镇|(?<![公校家花果菜庄田乐物陵茶墓游名儿])园(?![区林艺])"
            + "|项目|工程"
            + "|医院|院区|校区|大学|学院|中学|小学|幼儿园|研究院|研究所|基金|银行|协会|商会|联盟|服务平台"
            + "|公寓|大厦|厂房|场馆|体育馆"
            // 金融服务中心, 物流中心: a hub, a place; 科创要素服务中心, 检验中心: a body that does the work
            + "|(?:(?<!金融|商务|物流|贸易)服务|创新|研发|研究|检测|检验|技术|孵化|交易|运营|促进)中心|交易所");
    /** "全域农村污水管网已敷设460公里": works named as the subject of what has been done on them. */
    private static final Pattern WORKS_SUBJECT = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*(?:同时)?([\\p{IsHan}]{2,12}?(管网|管道|管线|路网|干线|隧道|桥梁|市场)(?=已|累计|共计|目前已)"
            + "|[两三四五六七八九十]条(?:道路|路|干道|主干道)(?=总长|全长|共|长))");
    private static final FirstChars WORKS_SUBJECT_STARTS = FirstChars.of(WORKS_SUBJECT);
    static final Pattern ZONE = Pattern.compile("(国家)?高新(技术产业开发)?区|高新区|该区|我区|本区|全区域");
    /** Where ZONE can match. */
    static final FirstChars ZONE_STARTS = FirstChars.of(ZONE);
    private static final Pattern WHOLE = Pattern.compile("全(市|省|国|区|县)");
    private static final FirstChars WHOLE_STARTS = FirstChars.of(WHOLE);
    private static final Pattern RANKING = Pattern.compile("^[^,，;；。]{0,10}(最大|最多|最高|最强|第一|前列|领先|首位|冠军|之最|排名|领跑)");
    /** A district, county or city named as a whole: 乌当区, 双流区, 海淀区 (not 高新区, 园区, 片区…). */
    static final Pattern DISTRICT = Pattern.compile(
            "([\\p{IsHan}]{2})(区|县)(?![\\p{IsHan}]{0,1}(内|外)|长|委|级|域)|([\\p{IsHan}]{2})(市)(?![场民值面县区级委政属直辖内外长])");
    /** Where DISTRICT can match: two characters before its 区, 县 or 市. */
    static final KeyChars DISTRICT_KEYS = KeyChars.of(DISTRICT, 2, "区县市");
    private static final Pattern NOT_DISTRICT = Pattern.compile(
            "高新|开发|产业|工业|园区|片区|街区|核心|示范|功能|城区|社区|辖区|景区|厂区|校区|院区|该区|本区|我区|全区|保税"
            + "|自贸|新区|老区|市区|城区|郊区|试验|集聚|承载|生活|办公|商务|居住|住宅|生产|服务|展示|加工|仓储|物流"
            + "|重点|核心|先行|建成|规划|中心|东区|西区|南区|北区|一区|二区|三区|两区|多区|各区|城乡|农村|开放|山区"
            + "|年|月|日|今|去|明|每|全|该|本|我|各|其|这|此|等|和|与|及|辖|在建|拟建|已建|新建|扩建|园|片|经开|综保|但|地区|小区|强区|拓展|展区|城区|景区|矿区|灾区|库区|老区|禁区|专区|片区|分区|功能|郊|湾区|特区"
            + "|分管|进入|所在|所属|周边|当地|本地|外地|两个|多个|贫困|试点|示范|委");
    private static final Pattern NOT_CITY = Pattern.compile("城|超|上|门|夜|股|都|集|早|菜|街|农|贸|同|城|直|本|全|各|我|该|省|地|县|为|在|与|和|及|等|至|到|从|于|的|是");
    /** Suffixes a bare word can point back with (园区 for the park the page is about); 银行 or 大学 cannot. */
    private static final Pattern POINTING = Pattern.compile("园区|片区|项目|公司|集团|医院|院区|校区|基地|工程");
    /** A suffix that goes on into a longer word is no name's end: 工程款, 工程技术中心, 项目部, 园区办. */
    private static final Pattern WORD_GOES_ON = Pattern.compile("款|师|部|处|办|科|化|量|费|类|库|群|组|界|方|技术|管理|建设单位|贷款|存款|账户|业务|卡");
    private static final Pattern PUBLIC_SERVICE = Pattern.compile("(教育|医疗|医院|卫生|学校)集团$");
    /** Words that make a name a class of things rather than one thing. */
    private static final Pattern GENERIC = Pattern.compile(
            "(各类|各级|各个|各|全部|所有|一批|这批|该批|这些|其他|其余|新建|新|省级|市级|区级|国家级|省|市|区|县|国家|重点|重大"
            + "|签约|成功签约|开工|新开工|集中开工|复工|在建|拟建|已建|待建|续建|竣工|投产|达产|产业|工业|基础设施|招商|引资|招商引资"
            + "|亿元以上|万元以上|技改|民生|城建|入库|储备|谋划|拟|拟签约|备案|集中|高端|新兴|科技|优质|龙头|外资|内资|意向|落地"
            + "|建设|在谈|洽谈|引进|招引|类|个|批|大|小|中|型|化|三个一批|“三个一批”|\"三个一批\"|路桥|产业化|示范|试点|创新"
            + "|城市经济|装备制造|绿色食品|新材料|大健康|医药|生物医药|电子信息|数字经济|先进制造|现代服务业|服务业|制造业"
            + "|孵化|科创|双创|特色|专业|主题|产学研|实体|平台|上述|以上|该|此|本|的|等|及|和|与|市定|省定|区定|园区|全区|全市|“[^”]{1,8}”|\"[^\"]{1,8}\"|配套|相关|关联|私募|创投|投资|产业投资|清单|一期|二期|三期|首期|主体|续建|新开|上市|世界500强|500强|规上|区内|园区内|辖区内|区域内|规模以上|高新技术|科技型|专精特新|民营|国有|中小|小微)+");
    private static final Pattern POINTER = Pattern.compile("(该|本|此|这个|这一|上述)$");
    private static final Pattern ASIDE_BEFORE = Pattern.compile("(在|于|赴|到|至|入驻|落户|进驻|走进|走访|参观|与|同|跟|向|对|为|给|依托|围绕|联合|携手|除|除了|服务|帮助)$");
    private static final Pattern COUNT_BEFORE = Pattern.compile("[0-9零一二两三四五六七八九十百千]+(个|家|大|项|批|座|所|只)$");

    /** A park named by its industry (生物医药产业园) is one park; only these words make parks a class. */
    private static final Pattern GENERIC_PARK = Pattern.compile(
            "(各类|各个|各|全部|所有|一批|这些|其他|其余|上述|该|此|本|省级|市级|区级|国家级|省|市|重点|特色|专业|主题|相关|周边|周围|小)*");
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十1-9]期(工程|项目)");
    private static final Pattern NUMERAL = Pattern.compile("[0-9零一二两三四五六七八九十百千万]");
    private static final Pattern SERVING = Pattern.compile("服务|帮助|带动|指导|协助");
    private static final Pattern ORDINAL = Pattern.compile("第[0-9一二三四五六七八九十百]+(期|届|批|次|轮)");
    /** Words that lead to a name without being part of it. */
    private static final Pattern LEADS_TO_NAME = Pattern.compile(
            "解决|协调解决|办理|强化|加强|增强|由于|针对|制约|关于|鉴于|按照|根据|依据|再加上|加上|紧盯|瞄准|协调|助推|助力|贯穿|覆盖|涵盖|共有|共计|目前|今年|去年|当前|纳入|列入|入选|推进|推动|加快|实施|开工建设|开工|完成|启动|谋划|引进|引入|签约|落户|落地|打造|建成|投用|新建|抓好|保障|支持|围绕|辖区|完善|健全|构建|形成|只有|仅有|拥有|现有|但|而|并|还|也"
            + "|依托|聚焦|重点|积极|全力|持续|成功|正式|共同|设立|组建|成立|培育|发展|参与|参加|举办|举行|召开|开展|组织|承办|云集|集中了|包括|如"
            + "|入驻|进驻|注册|除了|除"
            + "|在|于|对|为|与|和|同|由|将|把|向|了|的|是|等|及|以|让|使|已|正在|通过|经过|作为|其中|其|该|本|此|这|各|据|从|到|至"
            + "|(截至|截止到?)?(19|20)\\d{2}年(\\d{1,2}月)?(底|末)?");
    /** 签约项目41个, 重点项目28个: a class counted right after its name. */
    private static final Pattern COUNT_AFTER = Pattern.compile("(达到|达|共|为|有|逾|超过|超|近|约|共计|累计|总计|合计)?[0-9零一二两三四五六七八九十百千]+(\\.\\d+)?(余|多)?(个|家|项|批|座|所|只|条|支)");
    private static final Pattern LEADING_COUNT = Pattern.compile("[0-9零一二两三四五六七八九十百千万余多几]+(个|家|大|项|批|座|所|只|条|支|栋|套|间|台|张)");
    private static final Pattern PARK_NAME = Pattern.compile("(产业园区|工业园区|产业园|科技园|工业园|物流园|园区)$");
    /** Where SUFFIX and LEADS_TO_NAME can match, so that scans try only there. */
    private static final FirstChars SUFFIX_STARTS = FirstChars.of(SUFFIX);
    private static final FirstChars LEADS_STARTS = FirstChars.of(LEADS_TO_NAME);
    private static final Pattern VENUE_AFTER = Pattern.compile("(内|里)?(举行|举办|召开|开展|隆重)");
    private static final Pattern CLAUSE_START = Pattern.compile("(^|[,，;；。:：!?！？、]|(目前|今年|去年|上半年|同时|其中|此外|当前)[,，]?)$");

    private Mentions() {
    }

    /** A text's mentions with the short names a document defined: those win where they overlap a name. */
    static List<Mention> withAliases(String s, Map<String, Mention> aliases) {
        List<Mention> base = find(s);
        List<Mention> named = new ArrayList<>();
        for (var e : aliases.entrySet()) {
            for (int at = s.indexOf(e.getKey()); at >= 0; at = s.indexOf(e.getKey(), at + e.getKey().length())) {
                named.add(new Mention(e.getValue().kind(), e.getValue().name(), at, at + e.getKey().length(), false,
                        false, aside(s, at)));
            }
        }
        // a short name inside a full name found in the text is that full name's part, not a mention of its own
        named.removeIf(n -> base.stream().anyMatch(m -> m.name() != null && m.start() <= n.start() && n.end() <= m.end()
                && m.end() - m.start() > n.end() - n.start()));
        if (named.isEmpty()) {
            return base;
        }
        List<Mention> out = new ArrayList<>(named);
        base.stream().filter(m -> !overlaps(named, m.start(), m.end())).forEach(out::add);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A text's mentions; the same text (a block, then each of its sentences) is often asked for again. */
    static List<Mention> find(String s) {
        return RECENT.get(s);
    }

    private static final Recent<String, List<Mention>> RECENT = Recent.of(s -> List.copyOf(scan(s)), 256);

    private static List<Mention> scan(String s) {
        List<Mention> out = new ArrayList<>();
        Matcher z = ZONE_STARTS.matcher(s);
        for (int from = 0; ZONE_STARTS.find(z, s, from); from = z.end()) {
            out.add(new Mention(SubjectKind.ZONE, null, z.start(), z.end(), false, false, aside(s, z.start())));
        }
        Matcher w = WHOLE_STARTS.matcher(s);
        for (int from = 0; WHOLE_STARTS.find(w, s, from); from = w.end()) {
            if (!wholeAsYardstick(s, w.start(), w.end())) {
                out.add(new Mention(SubjectKind.OTHER, w.group(), w.start(), w.end(), false, false, aside(s, w.start())));
            }
        }
        Matcher d = DISTRICT_KEYS.matcher(s);
        for (int from = 0; DISTRICT_KEYS.find(d, s, from); from = d.end()) {
            if (placeName(d, s) && !overlaps(out, d.start(), d.end())) {
                out.add(new Mention(SubjectKind.OTHER, d.group(), d.start(), d.end(), false, false, aside(s, d.start())));
            }
        }
        Matcher works = WORKS_SUBJECT_STARTS.matcher(s);
        for (int from = 0; WORKS_SUBJECT_STARTS.find(works, s, from); from = works.end()) {
            String name = works.group(1);
            String kindWord = works.group(2) == null ? "" : works.group(2);
            if (!GENERIC.matcher(name.substring(0, name.length() - kindWord.length())).matches()
                    && !overlaps(out, works.start(1), works.end(1))) {
                out.add(new Mention(SubjectKind.PROJECT, name, works.start(1), works.end(1), false, false, false));
            }
        }
        Matcher m = SUFFIX_STARTS.matcher(s);
        for (int from = 0; SUFFIX_STARTS.find(m, s, from); from = m.end()) {
            Mention named = named(s, m.start(), m.end(), m.group(), out);
            if (named == null) {
                continue;
            }
            // 高新医院建设项目: the name's last word says what it is; names inside it give way
            out.removeIf(e -> e.kind() != SubjectKind.ZONE && e.start() >= named.start() && e.end() <= named.end()
                    && e.end() < named.end());
            if (!overlaps(out, named.start(), named.end())) {
                out.add(named);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A district, county or city named by a place name, not a word that ends in 区 or 市. */
    static boolean placeName(Matcher d, String text) {
        String stem = d.group(1) != null ? d.group(1) : d.group(4);
        if (text.startsWith("生产总值", d.end()) || text.startsWith("生产总值", d.end() - 1)) {
            return false; // 地区生产总值
        }
        String whole = d.group();
        if (d.group(4) != null && NOT_CITY.matcher(stem).find()) {
            return false;
        }
        return !NOT_DISTRICT.matcher(whole).find() && !NOT_DISTRICT.matcher(stem).find();
    }

    /** "占全市比重", "居全省第一", "全国平均": the whole place as a yardstick for the zone's own figure. */
    private static boolean wholeAsYardstick(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 2), start);
        String after = s.substring(end, Math.min(s.length(), end + 2));
        String further = s.substring(end, Math.min(s.length(), end + 14));
        if (RANKING.matcher(further).find()) {
            return true; // 全市体量最大, 全国苏打水行业的隐形冠军, 位居全市前列
        }
        return before.endsWith("占") || before.endsWith("居") || before.endsWith("列") || before.endsWith("于")
                || before.endsWith("比") || before.endsWith("较") || after.startsWith("第") || after.startsWith("前")
                || after.startsWith("首") || after.startsWith("领先") || after.startsWith("排");
    }

    private static Mention named(String s, int start, int end, String suffix, List<Mention> earlier) {
        SubjectKind kind = kindOf(suffix, s, start);
        if (kind == null || WORD_GOES_ON.matcher(s.substring(end, Math.min(s.length(), end + 4))).lookingAt()) {
            return null; // a building that is not being built is no one's figure holder
        }
        int from = nameStart(s, start);
        int quoteOpen = -1;
        boolean zoneBefore = false;
        for (Mention e : earlier) {
            if (e.kind() == SubjectKind.ZONE && e.start() < start && e.end() > from && e.end() <= start) {
                from = e.end(); // 高新区临港物流产业园区: the zone's name is not part of the park's
                quoteOpen = s.lastIndexOf('“', e.start());
                zoneBefore = true;
            }
        }
        if (zoneBefore && suffix.endsWith("中心")) {
            return null; // 高新区招商服务中心: the zone's own office, whose work is the zone's
        }
        String name = s.substring(from, end);
        String before = s.substring(Math.max(0, from - 4), from);
        boolean pointed = POINTER.matcher(before).find();
        if (from == start || pointed) {
            // 该项目, 园区 opening a clause: the one the text is already about; 签约项目: a word of a label
            int at = pointed ? from - pointerLength(before) : from;
            if (!POINTING.matcher(suffix).matches() || suffix.equals("工程") && !pointed
                    || !pointed && !clauseOpening(s, from)) {
                return null;
            }
            return new Mention(kind, null, at, end, true, false, aside(s, at));
        }
        boolean quoted = name.indexOf('“') >= 0 && name.indexOf('”') < 0 || s.startsWith("”", end);
        if (quoted) {
            int open = s.lastIndexOf('“', start);
            String inside = open >= 0 && open >= from - 1 ? s.substring(open + 1, end) : null;
            boolean zoneInQuotes = inside == null && open >= 0 && open == quoteOpen && s.startsWith("”", end)
                    && !NUMERAL.matcher(s.substring(from, end)).find(); // “成都高新区创业天使投资基金”
            if (!zoneInQuotes && (inside == null || NUMERAL.matcher(inside).find() || !s.startsWith("”", end))) {
                return null; // a word inside a quoted slogan (“众创空间—孵化器”, 以“三十工程”为总抓手)
            }
            from = zoneInQuotes ? from : open + 1; // “新金融街区”: a name in quotes is still a name
            name = s.substring(from, end);
        }
        Matcher verb = SERVING.matcher(name);
        if (verb.lookingAt() && name.length() - verb.end() >= 4) {
            from += verb.end();
            name = name.substring(verb.end());
        }
        if (PHASE.matcher(name).matches()) {
            return new Mention(SubjectKind.PROJECT, null, from, end, true, false, aside(s, from)); // 二期工程: the project's
        }
        Matcher ordinal = ORDINAL.matcher(name);
        if (ordinal.lookingAt()) {
            // 第十一期“三个一批”项目: one round of a recurring campaign, a class of projects
            return new Mention(kind, name, from, end, false, true, aside(s, from));
        }
        Matcher count = LEADING_COUNT.matcher(name);
        boolean counted = COUNT_BEFORE.matcher(s.substring(Math.max(0, from - 4), from)).find();
        if (count.lookingAt()) {
            if (count.end() >= name.length() - suffix.length()) {
                // 16个项目: a counted class, no name
                return new Mention(kind, name, from, end, false, true, aside(s, from));
            }
            from += count.end();
            name = name.substring(count.end());
            counted = true;
        }
        boolean unitsOfOne = count.lookingAt() && count.group(1) != null && "套间台张栋".contains(count.group(1));
        return classified(kind, s, from, end, name, suffix, counted && !unitsOfOne);
    }

    /** A name found: one park, project, firm or body, or a class of them, and whether it is only a venue. */
    private static Mention classified(SubjectKind kind, String s, int from, int end, String name, String suffix,
                                      boolean counted) {
        int project = name.indexOf("项目");
        if (suffix.equals("工程") && project > 0 && project + 2 < name.length()) {
            // 星河新材料产业化项目主体工程: a part of the project; the project is what is named
            return classified(kind, s, from, from + project + 2, name.substring(0, project + 2), "项目", counted);
        }
        String stem = name.substring(0, name.length() - suffix.length());
        if (kind == SubjectKind.PROJECT) {
            Matcher park = PARK_NAME.matcher(stem);
            if (park.find() && park.end() == stem.length() && s.startsWith("建设", end)) {
                // 电气科技产业园项目建设: building the park
                return new Mention(SubjectKind.PARK, stem, from, from + stem.length(), false, false, aside(s, from));
            }
        }
        boolean enumerated = enumerated(s, from);
        boolean countedAfter = (kind == SubjectKind.PROJECT || kind == SubjectKind.PARK || suffix.endsWith("中心"))
                && COUNT_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 8))).lookingAt();
        // a park or fund named by its field (生物医药产业园, 科创投资基金) is one; only projects and firms come in classes
        boolean generic = kind == SubjectKind.PARK || kind == SubjectKind.OTHER ? GENERIC_PARK.matcher(stem).matches()
                : GENERIC.matcher(stem).matches();
        SubjectKind k = kind == SubjectKind.ENTERPRISE && PUBLIC_SERVICE.matcher(name).find()
                ? SubjectKind.OTHER : kind; // 韩公教育集团, 市医疗集团: schools and hospitals, not firms
        boolean collection = !enumerated && (generic || stem.endsWith("类") || counted || countedAfter)
                || COUNT_ENDS.matcher(stem).find() // 森瑞管业、特星、中航四个项目: a class of those named before it
                || THINGS_BUILT.matcher(suffix).matches() && thingCounted(s, from, end); // 蓝领公寓190间

        boolean venue = VENUE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 3))).lookingAt();
        return new Mention(k, name, from, end, false, collection, venue || aside(s, from));
    }

    private static final Pattern COUNT_ENDS = Pattern.compile("[0-9零一二两三四五六七八九十百千]+(个|家|大|项|批)$");
    private static final Pattern DONE_BEFORE = Pattern.compile("完成|建成|已建|已有|拥有|现有");
    private static final Pattern THINGS_BUILT = Pattern.compile("公寓|厂房|场馆|体育馆|大厦");
    private static final Pattern NUMBER_AFTER = Pattern.compile("(共|达|约|近|超过|逾)?[0-9零一二两三四五六七八九十]");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("[0-9](余|多)?(万|亿)?(平方米|平米|㎡|间|套|栋|幢|座|亩)$");

    /** "蓝领公寓190间", "50余万平方米标准厂房": flats, buildings and halls counted or measured, not an owner. */
    private static boolean thingCounted(String s, int from, int end) {
        return NUMBER_AFTER.matcher(s).region(end, s.length()).lookingAt()
                || AMOUNT_BEFORE.matcher(s.substring(Math.max(0, from - 8), from)).find()
                && DONE_BEFORE.matcher(s.substring(Math.max(0, from - 16), from)).find(); // 投资…建设的720套人才公寓: a project

    }

    private static boolean clauseOpening(String s, int at) {
        return CLAUSE_START.matcher(s.substring(Math.max(0, at - 6), at)).find();
    }

    private static int pointerLength(String before) {
        Matcher p = POINTER.matcher(before);
        return p.find() ? p.group().length() : 0;
    }

    /** "山阳路桥、龙源路、阳明路等一批…项目": things named one by one before the count. */
    private static boolean enumerated(String s, int from) {
        String before = s.substring(Math.max(0, from - 30), from);
        return before.contains("、") && before.contains("等");
    }

    private static SubjectKind kindOf(String suffix, String s, int start) {
        return switch (suffix) {
            case "股份有限公司", "有限责任公司", "有限公司", "公司", "集团" -> SubjectKind.ENTERPRISE;
            case "项目", "工程" -> SubjectKind.PROJECT;
            case "医院", "院区", "校区", "大学", "学院", "研究院", "研究所", "基金", "银行", "协会", "商会", "联盟",
                 "服务平台", "交易所" -> SubjectKind.OTHER;
            case "中学", "小学", "幼儿园" -> built(s, start) ? SubjectKind.PROJECT : SubjectKind.OTHER;
            case "大厦" -> SubjectKind.PROJECT;
            case "公寓", "厂房", "场馆", "体育馆" -> built(s, start) ? SubjectKind.PROJECT : null;
            default -> suffix.endsWith("中心") ? SubjectKind.OTHER : SubjectKind.PARK;
        };
    }

    /** A school or kindergarten being built is a project; one that runs is a body of its own. */
    private static boolean built(String s, int start) {
        String around = s.substring(Math.max(0, start - 16), Math.min(s.length(), start + 16));
        return around.contains("新建") || around.contains("建设") || around.contains("建成") || around.contains("开工");
    }

    /**
     * Where the name that ends in the suffix at {@code suffixStart} starts: after the last verb or
     * function word that leads to it (推进城乡一体化供水项目 names 城乡一体化供水项目), and never before
     * punctuation. Names hold verbs of their own (供水, 提升), so the cut is made at words that lead to a
     * name, not at every verb.
     */
    private static int nameStart(String s, int suffixStart) {
        int limit = suffixStart;
        while (limit > 0 && suffixStart - limit < 20 && nameChar(s.charAt(limit - 1))) {
            limit--;
        }
        String left = s.substring(limit, suffixStart);
        int start = 0;
        List<Words.Word> words = null;
        Matcher lead = LEADS_STARTS.matcher(left);
        for (int at = 0; LEADS_STARTS.find(lead, left, at); at = lead.end()) {
            if (ROUTE_END.matcher(left).find() && lead.group().matches("至|到")) {
                continue; // 青岩龙井至燕楼道路工程: a road from one place to another is named by both
            }
            if (lead.end() - lead.start() == 1) {
                // a one-character lead (为, 据, 和) must be a word of its own: not the 为 of 华为, the 据 of 数据
                words = words != null ? words : Words.of(left);
                if (!standsAlone(words, lead.start())) {
                    continue;
                }
            }
            start = lead.end();
        }
        return limit + start;
    }

    /** A name of a route, which runs from one place (至) to another. */
    private static final Pattern ROUTE_END = Pattern.compile(
            "(道路|公路|高速公路|高速|铁路|快速路|通道|大道|连接线|联络线|干线|段|管线|管道)(改扩建|新建|建设|提升|改造)?$");

    private static boolean standsAlone(List<Words.Word> words, int at) {
        for (Words.Word w : words) {
            if (w.start() == at) {
                return w.text().length() == 1;
            }
        }
        return false;
    }

    private static boolean nameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetterOrDigit(c)
                || c == '·' || c == '“' || c == '”' || c == '"' || c == '（' || c == '）' || c == '(' || c == ')';
    }

    /** "重点服务河南理工大学2755项发明专利": the one served, not the owner of what is done for it. */
    static boolean served(String s, Mention m) {
        return SERVED_BEFORE.matcher(s.substring(Math.max(0, m.start() - 2), m.start())).find();
    }

    private static final Pattern SERVED_BEFORE = Pattern.compile("(服务|帮助)$");

    static boolean aside(String s, int start) {
        String before = s.substring(Math.max(0, start - 2), start);
        return ASIDE_BEFORE.matcher(before).find() || inBrackets(s, start) || meansOrExample(s, start)
                || ADDRESS.matcher(s.substring(Math.max(0, start - 16), start)).find();
    }

    /** "以盈创动力大厦为代表", "以国资公司为主体向银行融资": what 以…为 names is a means or an example, not the owner. */
    private static final Pattern MEANS_OR_EXAMPLE = Pattern.compile(
            "[^，,。；;：:、]{1,24}?为(代表|龙头|核心|主体|重点|引领|载体|抓手|依托|支撑|平台|牵引|骨干|基础|主导|示范|样板)");

    private static boolean meansOrExample(String s, int start) {
        if (start == 0 || s.charAt(start - 1) != '以') {
            return false;
        }
        return MEANS_OR_EXAMPLE.matcher(s).region(start, s.length()).lookingAt();
    }

    /** "位于贵阳市花溪区燕楼镇…": every place of an address is where something is, not whose figure it is. */
    private static final Pattern ADDRESS = Pattern.compile("(位于|坐落于|地处|选址于?|落户于?)[^，,。；;：:]*$");

    /** "园区共有项目211个（包括科学城、中小园…）": what a bracket lists explains, it does not own. */
    private static boolean inBrackets(String s, int at) {
        // the nearest bracket at or before at is an opening one; looked up in a table for long texts,
        // where searching back from every mention would make a block's scan quadratic
        if (s.length() > BRACKET_TABLE_FROM) {
            return BRACKETS.get().openAt(s, at);
        }
        int open = Math.max(s.lastIndexOf('（', at), s.lastIndexOf('(', at));
        int close = Math.max(s.lastIndexOf('）', at), s.lastIndexOf(')', at));
        return open >= 0 && open > close;
    }

    private static final int BRACKET_TABLE_FROM = 512;
    private static final ThreadLocal<Brackets> BRACKETS = ThreadLocal.withInitial(Brackets::new);

    /** For each position of the last long text asked about: whether the nearest bracket at or before it opens. */
    private static final class Brackets {
        private String text;
        private boolean[] open;

        boolean openAt(String s, int at) {
            if (s != text) {
                text = s;
                open = new boolean[s.length()];
                boolean inside = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '（' || c == '(') {
                        inside = true;
                    } else if (c == '）' || c == ')') {
                        inside = false;
                    }
                    open[i] = inside;
                }
            }
            return at >= 0 && open[Math.min(at, s.length() - 1)];
        }
    }

    private static boolean overlaps(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (start < m.end() && m.start() < end) {
                return true;
            }
        }
        return false;
    }
}
