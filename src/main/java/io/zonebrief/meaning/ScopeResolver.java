package io.zonebrief.meaning;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.SubjectKind;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figure it is. The clause and sentence speak first: the nearest body named before the number
 * owns it ("郑州市中心医院…诊疗人次达314.76万"), unless the zone is named nearer, or the body is named only as
 * a place or partner ("在…项目园区举行"). A count of a class (签约项目41个, 高新技术企业17家) and a total over
 * one (22个市重点项目总投资…) belong to whoever holds the class: the park the text is about, else the zone.
 * Without a name of its own, a figure belongs to the topic of its paragraph, heading or sub-article.
 */
final class ScopeResolver {

    /** Counted classes: the container's figure, whatever is named nearby. */
    private static final Pattern CLASS_NOUN = Pattern.compile(
            "(企业|公司|项目|园区|平台|机构|载体|院校|高校|学校|基地|中心|实验室|人才|团队|专家|院士|工作站|孵化器|众创空间|商户|市场主体|基金)$");
    private static final Pattern COUNT_UNITS = Pattern.compile("个|家|项|所|名|人|支|只|座|户|批");
    /** A total over a class: its container's. */
    private static final Pattern TOTAL = Pattern.compile("总投资|完成投资|投资总额|总额|合计|总规模|总计|开工率|投产率|达效率|入库率");

    private static final Pattern ACTS_ON = Pattern.compile("(推动|推进|加快|建设|打造|支持|服务|保障)$");
    private static final Pattern OWN_VERB = Pattern.compile("(落实|兑现|发放|争取|投入|筹集|安排|拨付)");

    private static final Pattern ONE_CLAUSE = Pattern.compile("[^,，;；。:：]*");
    private static final Pattern SPENT_ON = Pattern.compile("推进|建设|实施|用于|启动");

    private ScopeResolver() {
    }

    /** The owner of a figure whose number ends at {@code numberEnd} of the sentence {@code s}, or null for the zone. */
    static Mention owner(Figure f, String s, int numberStart, int numberEnd, Mention topic, boolean districtDocument,
                         Map<String, Mention> aliases) {
        List<Mention> mentions = Mentions.withAliases(s, aliases);
        boolean classCount = COUNT_UNITS.matcher(f.unit()).matches() && CLASS_NOUN.matcher(f.metric()).find();
        boolean classTotal = !classCount && TOTAL.matcher(f.metric()).find() && collectionBefore(mentions, numberStart);
        Mention topicOrZone = topic != null && topic.kind() != SubjectKind.ZONE ? topic : null;
        Mention after = namedAfter(mentions, s, numberEnd);
        if (after != null && !classCount) {
            return after; // 总投资5亿元的…项目, 总规模10亿元的科创母基金: the figure describes what follows
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.end() > numberEnd || m.end() > numberStart && m.start() >= numberStart) {
                continue;
            }
            if (m.kind() == SubjectKind.ZONE || "全区".equals(m.name()) && !districtDocument) {
                // 全区 in the zone's own news is the zone; in a district's report, the district
                if (!m.aside()) {
                    return null;
                }
                continue;
            }
            if (classTotal && m.collection() && m.kind() == SubjectKind.OTHER) {
                return m; // 9只私募基金,总规模74.36亿元: the funds' total, not the zone's
            }
            if (m.kind() == SubjectKind.ENTERPRISE && countsListedWith(s, m, numberStart, numberEnd)) {
                // "区域城投公司和河南产基金、豫信电科等6家企业共同设立…": the firms together, none of them alone
                return new Mention(SubjectKind.ENTERPRISE, null, m.start(), numberEnd, false, true, false);
            }
            if (m.end() == numberStart && m.name() != null && Mentions.served(s, m)) {
                return m; // 服务河南理工大学2755项发明专利: the patents are the university's
            }
            if (m.aside() || m.collection() || enumeratedMember(s, m) || objectOfEarlierClause(s, m, numberStart)) {
                continue;
            }
            if (m.reference()) {
                return referent(m, topicOrZone);
            }
            if (classCount || classTotal) {
                // a class counted: a park, a project (for totals) or a whole place named before holds it;
                // a company or body named among the things counted does not
                boolean projectHolds = m.kind() == SubjectKind.PROJECT && (classTotal || !f.metric().endsWith("项目"));
                // a platform, fund or firm that does something to the counted things holds the count
                // (盈创动力累计为1900余家企业提供担保); one named among them was skipped above
                boolean bodyHolds = (m.kind() == SubjectKind.OTHER || m.kind() == SubjectKind.ENTERPRISE) && classCount
                        && m.end() >= Clauses.start(s, numberStart) - 12;
                if (m.kind() == SubjectKind.PARK || projectHolds || wholePlace(m) || bodyHolds) {
                    return withListed(mentions, k, s);
                }
                continue;
            }
            return withListed(mentions, k, s);
        }
        return topicOrZone;
    }

    /**
     * "跨境装备制造产业园、巨高电气产业园、恒鑫祥电气装备产业园企业入驻率达到100%": a figure said of parks or
     * projects listed together is theirs together, not the last one's.
     */
    private static Mention withListed(List<Mention> mentions, int k, String s) {
        Mention last = mentions.get(k);
        if (last.name() == null || last.kind() != SubjectKind.PARK && last.kind() != SubjectKind.PROJECT) {
            return last;
        }
        int first = k;
        while (first > 0) {
            Mention before = mentions.get(first - 1);
            Mention next = mentions.get(first);
            if (before.kind() != last.kind() || before.name() == null || before.end() + 1 != next.start()
                    || "、和及与".indexOf(s.charAt(before.end())) < 0) {
                break;
            }
            first--;
        }
        if (first == k) {
            return last;
        }
        Mention head = mentions.get(first);
        return new Mention(last.kind(), s.substring(head.start(), last.end()), head.start(), last.end(), false, false,
                false);
    }

    private static final String COUNT = "共?[0-9一二两三四五六七八九十]+(家|个|所|座|项|大|只|支)";
    private static final Pattern LIST_COUNT = Pattern.compile(COUNT);
    private static final Pattern LISTED_UP_TO_COUNT = Pattern.compile("[和与及、][^，,；;。]{1,30}?等" + COUNT);

    /** 园区, 该项目, 公司: the topic when it is of that kind; a bare 园区 outside any park is the zone. */
    private static Mention referent(Mention ref, Mention topic) {
        if (topic != null && topic.kind() == ref.kind()) {
            return topic;
        }
        if (topic != null && topic.kind() == SubjectKind.ENTERPRISE && ref.kind() == SubjectKind.PROJECT) {
            return topic; // 公司投资15亿元建设的新生产基地…项目占地260亩: the company's own plant
        }
        if (ref.kind() == SubjectKind.PARK) {
            return topic != null && topic.kind() == SubjectKind.PARK ? topic : null;
        }
        return ref;
    }

    /** "投资410余万元推进…提升项目", "104个村的背街小巷硬化工程": a project named right after its figure. */
    private static Mention namedAfter(List<Mention> mentions, String s, int numberEnd) {
        for (Mention m : mentions) {
            if (m.start() < numberEnd || m.kind() == SubjectKind.ZONE || m.kind() == SubjectKind.PARK || m.reference()
                    || m.aside()
                    || m.start() - numberEnd > (s.startsWith("的", numberEnd) ? 40 : 16)) {
                continue;
            }
            String between = s.substring(numberEnd, m.start());
            if (between.isEmpty() && !m.collection()) {
                return m; // 720套人才公寓: the figure counts the project's own units
            }
            if (ONE_CLAUSE.matcher(between).matches() && (between.contains("的") || SPENT_ON.matcher(between).lookingAt())) {
                return m.collection() ? null : m;
            }
            return null;
        }
        return null;
    }

    /** "河南理工大学、焦作职教园区等5所大中专院校": one of the things a count lists, not their owner. */
    /** True when the figure is the count that closes a list {@code m} opens ("A和B、C等6家"). */
    private static boolean countsListedWith(String s, Mention m, int numberStart, int numberEnd) {
        Matcher list = LISTED_UP_TO_COUNT.matcher(s).region(m.end(), s.length());
        return list.lookingAt() && list.end() > numberStart && list.end() <= numberEnd + 1;
    }

    private static boolean enumeratedMember(String s, Mention m) {
        if (LISTED_UP_TO_COUNT.matcher(s).region(m.end(), s.length()).lookingAt()) {
            return true; // "区域城投公司和河南产基金、豫信电科等6家企业": one of the six, not their owner
        }
        if (m.start() > 0 && s.charAt(m.start() - 1) == '、'
                && LIST_COUNT.matcher(s).region(m.end(), s.length()).lookingAt()) {
            return true; // "康心药业、贵阳康心同悦、贵州中卫时代销售公司3家限上药品经营企业": the last of those counted
        }
        // the item may run on past the mention: "广州市金域医学检验中心、…等企业与机构70余家" lists 广州市's firm
        for (int k = m.end(); k < s.length() && k < m.end() + 14; k++) {
            char c = s.charAt(k);
            if (c == '等' || c == '、') {
                return true;
            }
            // a number or a verb ends the item: "金阳园区已建成写字楼80余万平方米、…" is the park's own list
            if (!Character.isLetter(c) && c != '·' || "和与及或同跟已是为有在将共".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * "倾力推动怀川高科产业园,落实…人才政策资金1300余万元": a park that an earlier clause acts on is not the
     * subject of a later clause that opens with a verb of its own; the sentence's subject (the zone) is.
     */
    private static boolean objectOfEarlierClause(String s, Mention m, int numberStart) {
        int clause = Clauses.start(s, numberStart);
        if (m.end() > clause || m.start() < 2) {
            return false;
        }
        return ACTS_ON.matcher(s.substring(Math.max(0, m.start() - 4), m.start())).find()
                && OWN_VERB.matcher(s.substring(clause, numberStart)).lookingAt();
    }


    /** 全区, 全市, 乌当区: a place taken as a whole. */
    private static boolean wholePlace(Mention m) {
        return m.kind() == SubjectKind.OTHER && m.name() != null
                && (m.name().startsWith("全") || m.name().endsWith("区") || m.name().endsWith("县") || m.name().endsWith("市"));
    }

    private static boolean collectionBefore(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.collection() && m.end() <= at + 4) {
                return true;
            }
        }
        return false;
    }
}
