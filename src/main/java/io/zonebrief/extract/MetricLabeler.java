package io.zonebrief.extract;

import io.zonebrief.text.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what a quantity measures from the words around it: the noun phrase right after the unit
 * when there is one (65家<b>高新技术企业</b>), else the words of its clause before the number
 * (<b>签约项目</b>41个, <b>总投资</b>129亿元), with time words, subjects and linking verbs trimmed.
 */
final class MetricLabeler {

    private static final String DELIMITERS = ",，、;；。:：()（）!?！？“”\"《》 \t"; // \t: a table cell's edge
    private static final int MAX_RIGHT = 12;
    private static final int MAX_LEFT = 18;

    /** Words at which a noun phrase after the unit ends. */
    private static final List<String> RIGHT_STOPS = List.of(
            "的", "和", "与", "及", "等", "为", "已", "正在", "将", "在", "被", "把", "是", "有", "到", "赴", "达",
            "共同", "获得", "提供", "进行", "开展", "收集", "参加", "参与", "实现", "完成", "迎风", "入驻", "落户", "签约",
            "开工", "建成", "投产", "共计", "累计", "分别", "先后", "均", "全部", "提前", "同比", "占", "超过", "以",
            "对", "从", "向", "通过", "参观", "走进", "组建", "设立", "形成", "培养", "覆盖", "位居", "排名", "增长",
            "下降", "集中", "陆续", "持续", "顺利", "成功", "正式", "今", "年底", "目前", "现场", "交付", "参与",
            "申报", "就", "纷纷", "来", "去", "前往", "合计", "总", "项目建设", "全面", "建设",
            "用于", "实施", "打造", "新建", "改造", "支持", "帮助", "带动", "吸引", "配备", "早", "计划", "尽快", "了",
            "提升", "提高", "降低", "减少", "扩大", "给予",
            "人民币");

    /** Verbs of action whose object, not the verb, names what is counted (共抓招商引资项目232条). */
    private static final List<String> ACTION_VERBS = List.of(
            "设立", "实施", "抓", "新建", "收集", "争取", "落实", "提供", "推动", "推进", "开展", "送去", "加快", "打造",
            "实现", "培育", "引育", "建立", "解决", "组织", "投入", "招聘", "认定", "聚集", "集聚", "纳入", "列入", "获得", "握有", "持有",
            "建有");

    /** Leading words of a clause that are not part of what is measured. */
    private static final List<String> LEFT_LEADS = List.of(
            "其中", "目前", "同时", "此外", "另外", "最终", "先后", "分别", "全年", "今年", "去年", "当年", "已经", "已",
            "共", "累计", "合计", "共计", "还", "并", "且", "均", "现有", "全区", "该区", "园区", "高新区", "全市",
            "我市", "我区", "辖区", "区内", "截至目前", "截至", "年内", "当前", "届时", "预计", "力争", "计划", "确保",
            "争取", "将", "拟", "实现", "完成", "达到", "新增", "有", "为", "在", "以", "和", "与", "及", "的",
            "集聚有", "拥有", "共有", "现有", "各类", "各级", "各类型", "可", "将可", "预计可", "项目", "该项目", "该园区",
            "包含", "包括", "涵盖");

    private static final List<String> LEFT_TAILS_BY_LENGTH;

    /** Trailing words between the label and the number (签约项目共41个). */
    private static final List<String> LEFT_TAILS = List.of(
            "预计将", "预计达", "预计", "达到", "达", "为", "共计", "共", "累计", "合计", "约为", "约", "计", "有", "是", "了", "的", "在", "到",
            "分别为", "分别", "已", "超过", "超", "逾", "近", "接近", "将近", "不低于", "不少于", "突破", "大约",
            "实现", "完成了", "完成", "增加", "新增", "已达", "已经", "至", "总计", "仅", "不到", "不足", "保持在", "保持",
            "稳定在", "维持在", "可达", "将达", "可", "在", "将达到", "均", "也", "都", "也不会");

    static {
        LEFT_TAILS_BY_LENGTH = LEFT_TAILS.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    private MetricLabeler() {
    }

    /**
     * @param s       normalised sentence
     * @param q       the quantity
     * @param prevEnd end of the previous quantity in the sentence, or 0
     */
    static Label label(String s, Quantity q, int prevEnd) {
        Label right = right(s, q.end());
        if (right != null && !(right.text().length() == 1 && q.end() > 0 && s.charAt(q.end() - 1) == right.text().charAt(0))) {
            return right; // but "82.8亿元元": a doubled unit is a slip, not a label
        }
        Label shared = listTail(s, q.end());
        Label left = left(s, q.start(), prevEnd);
        // a list's number shares the noun: one with more to come always, the last one unless it has a label of its own
        boolean moreToCome = LIST_NEXT.matcher(s).region(q.end(), s.length()).lookingAt();
        boolean lastOfList = q.start() > 0 && "、和及与或".indexOf(s.charAt(q.start() - 1)) >= 0;
        if (shared != null && (moreToCome || lastOfList && (left == null || left.text().length() <= 1))) {
            return shared;
        }
        Matcher size = left == null || shared == null ? null : SIZE_LEFT.matcher(left.text());
        if (size != null && size.find()) {
            // "新建占地70亩的玉珑路小学": the school's site area, not a count of schools
            String measure = size.group(1).equals("占地") ? "占地面积" : size.group(1);
            return shared.withText(COUNTED_TAIL.matcher(shared.text()).replaceFirst("") + measure);
        }
        if (shared != null && (left == null || BARE_LEFT.contains(left.text()) || loneVerb(left.text())) && endsInNoun(shared.text())) {
            return shared; // "总计超过60000平方米的金融资源聚集空间": what the number measures follows its 的
        }
        if (left != null) {
            return left;
        }
        Matcher done = DONE_AFTER.matcher(s).region(q.end(), s.length());
        if (done.lookingAt()) {
            return new Label(done.group(1), done.start(1), done.end(1)); // 其中78032万元已列入政府性债务
        }
        return new Label("", q.start(), q.start());
    }

    /** "162亩、99亩、55亩和33亩的可用地": the numbers of a list share the noun after the last one's 的. */
    private static final Pattern LIST_TAIL = Pattern.compile(
            "(?:[、和及与或](?:约|近)?[0-9.]+(?:余|多)?[^、和及与或的，,。；;：:0-9]{0,4}?)*的(?=[\\p{IsHan}])");
    private static final Pattern LIST_NEXT = Pattern.compile("[、和及与或](?:约|近)?[0-9]");

    /**
     * An area said before the number of a place named after its 的: 占地70亩的…. (A 总投资 before 的 often
     * covers a list of projects, so it keeps its own label.)
     */
    private static final Pattern SIZE_LEFT = Pattern.compile("(占地(?:面积)?|(?:总)?建筑面积|用地面积)$");
    private static final Pattern COUNTED_TAIL = Pattern.compile("[一二两三四五六七八九十0-9]+[所个家座栋处]$");

    /** A left "label" that is only a linking word. */
    private static final Pattern NOT_A_LABEL = Pattern.compile(
            "(其中|另外|此外|同时|还有|另外还有|另有|还|按照|按|依照|的|其|也)+");
    /** What the number did, said right after it, when nothing names it before: 已列入政府性债务, 达成合作意向. */
    private static final Pattern DONE_AFTER = Pattern.compile("(?:已经?|均|都|也)?(?!的)([\\p{IsHan}]{2,10})(?=[，,。；;、]|$)");

    private static final Set<String> BARE_LEFT = Set.of("总", "总计", "共", "共计", "合计", "累计", "计", "约", "达");

    private static boolean endsWithWord(String t, String word) {
        List<Words.Word> words = Words.of(t);
        return !words.isEmpty() && words.get(words.size() - 1).text().equals(word);
    }

    private static boolean loneVerb(String text) {
        List<Words.Word> words = Words.of(text);
        return words.size() == 1 && words.get(0).pos().startsWith("v") && !words.get(0).pos().equals("vn");
    }

    private static boolean endsInNoun(String text) {
        List<Words.Word> words = Words.of(text);
        return !words.isEmpty() && words.get(words.size() - 1).pos().startsWith("n")
                && !words.get(words.size() - 1).pos().equals("vn");
    }

    private static Label listTail(String s, int from) {
        Matcher m = LIST_TAIL.matcher(s).region(from, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        Label noun = right(s, m.end());
        return noun == null || noun.text().length() < 2 ? null : noun;
    }

    /** A label and where it stands in the sentence. */
    record Label(String text, int start, int end) {
        boolean isEmpty() {
            return text.isEmpty();
        }

        Label withText(String newText) {
            return new Label(newText, start, end);
        }
    }

    static Label right(String s, int from) {
        int k = from;
        if (k >= s.length() || !isCjk(s.charAt(k)) && s.charAt(k) != '“') {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int end = k;
        int limit = MAX_RIGHT;
        while (k < s.length() && sb.length() < limit) {
            char c = s.charAt(k);
            if (c == '“' || c == '”' || c == '"') {
                k++;
                continue;
            }
            boolean grade = s.startsWith("以上", k) || s.startsWith("以下", k);
            // "7家经省市认定的企业技术中心": how they were recognised, then what they are
            boolean recognised = c == '的' && sb.length() >= 3 && sb.charAt(0) == '经' && sb.indexOf("的") < 0;
            if (recognised) {
                limit += sb.length() + 1; // the noun after 的 gets its own room
            }
            if (DELIMITERS.indexOf(c) >= 0 || (sb.length() > 0 && !grade && !recognised && startsWithAny(s, k, RIGHT_STOPS))) {
                break;
            }
            if (sb.length() == 0 && startsWithAny(s, k, RIGHT_STOPS)) {
                return null;
            }
            if (!isCjk(c)) {
                break;
            }
            sb.append(c);
            k++;
            end = k;
        }
        if (sb.length() > 2 && sb.charAt(sb.length() - 1) == '共' && k < s.length() && Character.isDigit(s.charAt(k))) {
            sb.setLength(sb.length() - 1); // "5个闲置地块共318亩": 共 leads to the next number
            end--;
        }
        // 范围内, 园区中: a trailing locative is not part of what is measured
        while (sb.length() > 2 && "内中外里".indexOf(sb.charAt(sb.length() - 1)) >= 0) {
            sb.setLength(sb.length() - 1);
            end--;
        }
        if (sb.length() == 0) {
            return null;
        }
        return new Label(sb.toString(), from, end);
    }

    static Label left(String s, int numStart, int prevEnd) {
        // a table row ("地区生产总值      489.6亿元") puts spaces between the label and the number
        while (numStart > prevEnd && numStart > 0 && (Character.isWhitespace(s.charAt(numStart - 1))
                || "—–-－".indexOf(s.charAt(numStart - 1)) >= 0)) {
            numStart--; // and a "——" placeholder cell
        }
        // "规模以上工业企业（2000万口径）39家": the label stands before a bracketed aside
        if (numStart > 0 && (s.charAt(numStart - 1) == '）' || s.charAt(numStart - 1) == ')')) {
            int open = Math.max(s.lastIndexOf('（', numStart - 1), s.lastIndexOf('(', numStart - 1));
            if (open > prevEnd && numStart - open <= 16) {
                numStart = open;
            }
        }
        int k = numStart;
        int floor = Math.max(prevEnd, numStart - 40);
        while (k > floor && (DELIMITERS.indexOf(s.charAt(k - 1)) < 0 || isQuoteMark(s.charAt(k - 1)))) {
            k--;
        }
        // a label in quotes right before the number (“三个一批”项目21个) keeps its words
        String raw = s.substring(k, numStart);
        int start = k;
        int end = numStart;
        String t = raw;
        String tail;
        while (!t.isEmpty() && (tail = endsWithAny(t, LEFT_TAILS_BY_LENGTH)) != null && t.length() > tail.length()
                && (tail.length() > 1 || endsWithWord(t, tail))) { // 已签约: the 约 of 签约 is no "about"
            t = t.substring(0, t.length() - tail.length());
            end -= tail.length();
        }
        // "芯片良品率从三年前的不到80%": what changes stands before 从/由
        int from = Math.max(t.indexOf('从'), t.indexOf('由'));
        if (from >= 2 && isWordAt(t, from, 1)) {
            end -= t.length() - from;
            t = t.substring(0, from);
        }
        int cut = headStart(t);
        t = t.substring(cut);
        start += cut;
        t = t.replace("“", "").replace("”", "").strip();
        if (t.isEmpty() || !containsCjk(t)) {
            return null;
        }
        if (NOT_A_LABEL.matcher(t).matches()) {
            return null; // "其中78032万元已列入…", "另外还有7家达成…", "按照40元/平方米/月的标准": no measure on the left
        }
        if (t.length() > MAX_LEFT) {
            int over = t.length() - MAX_LEFT;
            t = t.substring(over);
            start += over;
        }
        return new Label(t, start, end);
    }

    /**
     * Where the head of a left label starts: after the last 等 of an enumeration (住房补贴等人才政策资金)
     * or after the last action verb (共抓招商引资项目), when at least two characters remain.
     */
    private static int headStart(String t) {
        int cut = 0;
        for (String sep : new String[] {"等", "的", "方式", "形式", "途径"}) {
            int at = t.lastIndexOf(sep);
            int after = at + sep.length();
            if (at >= 0 && t.length() - after >= 2 && after > cut) {
                cut = after;
            }
        }
        // "主要产品有磷复合肥290万吨": what the clause says there is, not the clause's subject
        int has = t.lastIndexOf('有');
        if (has > cut && t.length() - has - 1 >= 2 && isWordAt(t, has, 1)) {
            cut = has + 1;
        }
        if (t.length() - cut <= 2) {
            return cut;
        }
        List<Words.Word> words = Words.of(t);
        for (String v : ACTION_VERBS) {
            int at = t.lastIndexOf(v);
            int after = at + v.length();
            if (at >= cut && t.length() - after >= 2 && Words.boundary(words, at) && Words.boundary(words, after)) {
                cut = after;
            }
        }
        return stripLeadingWords(t, words, cut);
    }

    /** Drops leading time words, adverbs, conjunctions, prepositions, pronouns and known lead words. */
    private static final Pattern ZONE_NAME = Pattern.compile(
            "^[\\p{IsHan}]{2,8}?(?:国家)?(?:高新技术产业开发区|高新区|经济技术开发区|经开区|开发区|示范区)");

    private static final Pattern PARK_NAME = Pattern.compile(
            "^[\\p{IsHan}]{2,14}?(?:产业园区|工业园区|产业园|工业园|科技园|物流园|孵化园|园区)");

    /** 入驻园区企业, 全园区: a park spoken of, not named. */
    private static final Pattern NOT_A_PARK_NAME = Pattern.compile(
            "^(入驻|进驻|落户|进入|在|全|各|本|该|我|其|区内|所在)|^[\\p{IsHan}]{0,2}园区$");

    private static final Pattern TIME_INSIDE = Pattern.compile(
            "(今年以来|年初以来|今年|去年|上半年|下半年|前三季度|一季度|截至目前|目前|现在|\\d{1,2}月(底|末))");

    private static final Pattern PIPELINE_CLASS = Pattern.compile("拟(签约|开工|落地|引进|入驻)[\\p{IsHan}]{0,6}(项目|企业)");

    private static final Pattern YEAR_LEAD = Pattern.compile(
            "^(到|至|截至|截止|在)?(19|20)\\d{2}年(底|末|前)?"
            + "|^(在|于)?(\\d{1,2}月)?\\d{1,2}(—|-|至)?(\\d{1,2})?日(前|后|起|以来)?"); // 2月14—16日前复工

    private static int stripLeadingWords(String t, List<Words.Word> words, int cut) {

        // "光谷今年以来新登记市场主体": what comes before a time word is the subject, not the measure
        Matcher time = TIME_INSIDE.matcher(t);
        while (time.find()) {
            if (time.start() >= cut && t.length() - time.end() >= 2 && Words.boundary(words, time.start())
                    && Words.boundary(words, time.end())) {
                cut = time.end();
            }
        }
        Matcher zone = ZONE_NAME.matcher(t.substring(cut));
        if (zone.find() && t.length() - cut - zone.end() >= 2) {
            cut += zone.end();
        }
        Matcher park = PARK_NAME.matcher(t.substring(cut));
        if (park.find() && t.length() - cut - park.end() >= 2 && !NOT_A_PARK_NAME.matcher(park.group()).find()) {
            cut += park.end(); // "洛湾云锦医药食品工业园共计规划道路主干路网": whose, not what
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher year = YEAR_LEAD.matcher(t.substring(cut));
            if (year.find() && t.length() - cut - year.end() >= 2) {
                cut += year.end();
                changed = true;
                continue;
            }
            String p = PeriodFinder.leadingTimePhrase(t.substring(cut));
            if (p != null && t.length() - cut - p.length() >= 2 && Words.boundary(words, cut + p.length())) {
                cut += p.length();
                changed = true;
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                if (w.start() != cut || t.length() - w.end() < 2) {
                    continue;
                }
                String two = i + 1 < words.size() ? w.text() + words.get(i + 1).text() : null;
                if (two != null && LEFT_LEADS.contains(two) && t.length() - cut - two.length() >= 2) {
                    cut += two.length();
                    changed = true;
                } else if (w.pos().equals("ns") && PeriodFinder.leadingTimePhrase(t.substring(w.end())) != null) {
                    cut = w.end(); // 光谷今年以来新登记…: a place before a time phrase opens the clause
                    changed = true;
                } else if (PIPELINE_CLASS.matcher(t.substring(w.start())).matches()) {
                    break; // 拟签约项目: a class of the pipeline, not a plan to sign
                } else if (LEFT_LEADS.contains(w.text()) || isFunctionWord(w.pos()) && !w.text().equals("每")
                        && !t.startsWith("办", w.end())) {
                    // 立即办, 马上办, 一次办: an adverb before 办 names a way of service, it stays
                    cut = w.end();
                    changed = true;
                }
                break;
            }
        }
        return cut;
    }

    private static boolean isFunctionWord(String pos) {
        return pos.startsWith("d") || pos.startsWith("c") || pos.startsWith("p")
                || pos.startsWith("r") || pos.startsWith("u") || pos.equals("f");
    }

    /** True when t[at, at+len) is a word of its own (从 as "from", not the 从 of 从业人员). */
    private static boolean isWordAt(String t, int at, int len) {
        return Words.of(t).stream().anyMatch(w -> w.start() == at && w.text().length() == len);
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '”' || c == '"';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean containsCjk(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isCjk(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static String endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }
}
