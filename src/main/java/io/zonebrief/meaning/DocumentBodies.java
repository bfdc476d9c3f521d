package io.zonebrief.meaning;

import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.TextDocument;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole document says about the bodies it names: the short names it gives them (以下简称…, or a
 * company's name without its place and legal form), the park a report is about, and whether it is a
 * district's document, in which 全区 means the district rather than the zone.
 */
final class DocumentBodies {

    private static final Pattern DISTRICT_TITLE = Pattern.compile("[\\p{IsHan}]{2}(区|县)(人民)?(政府|委员会|区委|县委)?(工作报告|政府工作)");
    private static final Pattern ALIAS = Pattern.compile("[(（](?:以下)?简称[为]?[“\"']([^”\"'）)]{2,10})[”\"']");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(科技|技术|股份|实业|发展|投资|控股|电子|制造)*(股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司)$");

    /** What a body is, after its own name: 科技金融服务平台, 产业投资基金, 人民医院. */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "(科技|金融|服务|创新|创业|产业|投资|公共|综合|技术|研究|发展|管理)*(服务平台|平台|基金|研究院|中心)$");
    private static final Pattern NOT_A_SHORT_NAME = Pattern.compile("高新|开发|经开|[市省县]$|^[市省区县]");

    private DocumentBodies() {
    }

    /**
     * True when a document is about a district or county rather than the zone, so its 全区 is that
     * district: its title names a district's government or report (弋江区政府工作报告), or one district
     * is named three times or more and at least half as often as the zone (a district's park report).
     */
    static boolean namesDistricts(TextDocument doc) {
        Map<String, Integer> districts = new HashMap<>();
        int zone = 0;
        boolean first = true;
        for (Block b : doc.blocks()) {
            if (!b.type().carriesFigures() && b.type() != BlockType.HEADLINE) {
                continue;
            }
            String t = b.norm();
            if (first && DISTRICT_TITLE.matcher(t.length() > 60 ? t.substring(0, 60) : t).find()) {
                return true;
            }
            first = false;
            Matcher d = Mentions.DISTRICT_KEYS.matcher(t);
            for (int from = 0; Mentions.DISTRICT_KEYS.find(d, t, from); from = d.end()) {
                if (d.group(2) != null && Mentions.placeName(d, t)) {
                    districts.merge(d.group(), 1, Integer::sum);
                }
            }
            Matcher z = Mentions.ZONE_STARTS.matcher(t);
            for (int from = 0; Mentions.ZONE_STARTS.find(z, t, from); from = z.end()) {
                zone++;
            }
        }
        int top = districts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return top >= 3 && 2 * top >= zone;
    }

    /**
     * The park a whole document reports on: one named three times or more and at least twice as often
     * as the zone itself (a park's annual report), or null.
     */
    static Mention dominantPark(TextDocument doc) {
        Map<String, Integer> parks = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        int zone = 0;
        for (Block b : doc.blocks()) {
            if (!b.type().carriesFigures()) {
                continue;
            }
            for (Mention m : Mentions.find(b.norm())) {
                if (m.kind() == SubjectKind.ZONE) {
                    zone++;
                } else if (m.kind() == SubjectKind.PARK && m.name() != null && !m.collection() && !m.reference()) {
                    parks.merge(m.name(), 1, Integer::sum);
                    first.putIfAbsent(m.name(), m);
                }
            }
        }
        String best = null;
        for (var e : parks.entrySet()) {
            if (best == null || e.getValue() > parks.get(best) || e.getValue().equals(parks.get(best))
                    && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best != null && parks.get(best) >= 3 && parks.get(best) >= 2 * zone ? first.get(best) : null;
    }

    /** "广西华盛汽车电子科技股份有限公司（以下简称“华盛电子”）": the short names a document gives, by alias. */
    static Map<String, Mention> aliases(TextDocument doc) {
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Block b : doc.blocks()) {
            Matcher a = ALIAS.matcher(b.norm());
            while (a.find()) {
                List<Mention> before = Mentions.find(b.norm().substring(Math.max(0, a.start() - 40), a.start()));
                if (!before.isEmpty()) {
                    Mention named = before.get(before.size() - 1);
                    if (named.name() != null && !named.collection() && named.kind() != SubjectKind.ZONE
                            && named.end() >= Math.min(40, a.start()) - 1) {
                        out.putIfAbsent(a.group(1), named);
                    }
                }
            }
        }
        shortNames(doc, out);
        leadingFirms(doc, out);
        return out;
    }

    /** "以蒙牛、明仁为龙头的绿色食品": firms a page names by their short names as an industry's leaders. */
    private static final Pattern LEADERS = Pattern.compile(
            "以([\\p{IsHan}A-Za-z]{2,6}(?:[、和及][\\p{IsHan}A-Za-z]{2,6}){0,5})等?(?:企业|公司)?为(?:龙头|骨干|核心企业)");
    private static final Pattern NOT_A_FIRM = Pattern.compile("产业|行业|企业|项目|园区|平台|基地|集群|经济|制造|技术|科技|创新|服务|高新|龙头");

    private static void leadingFirms(TextDocument doc, Map<String, Mention> out) {
        for (Block b : doc.blocks()) {
            Matcher m = LEADERS.matcher(b.norm());
            while (m.find()) {
                for (String name : m.group(1).split("[、和及]")) {
                    if (!NOT_A_FIRM.matcher(name).find() && Mentions.find(name).isEmpty()) {
                        out.putIfAbsent(name, new Mention(SubjectKind.ENTERPRISE, name, 0, name.length(), false, false, false));
                    }
                }
            }
        }
    }

    /**
     * "陕西秦光半导体科技有限公司 … 秦光半导体": a company's name without its place and legal form, when the
     * page uses it.
     */
    private static void shortNames(TextDocument doc, Map<String, Mention> out) {
        StringBuilder all = new StringBuilder();
        doc.blocks().forEach(b -> all.append(b.norm()).append('\n'));
        String text = all.toString();
        for (Block b : doc.blocks()) {
            for (Mention m : Mentions.find(b.norm())) {
                if (m.kind() == SubjectKind.ENTERPRISE && m.name() != null && !m.collection() && m.name().length() >= 8) {
                    String core = LEGAL_FORM.matcher(m.name()).replaceFirst("");
                    for (int cut = 2; cut <= 3 && core.length() - cut >= 3; cut++) {
                        if (addIfUsed(core.substring(cut), m, text, out)) {
                            break;
                        }
                    }
                }
                if (m.kind() == SubjectKind.OTHER && m.name() != null && !m.collection() && m.name().length() >= 8) {
                    // 盈创动力科技金融服务平台 … 盈创动力累计为…: a body's name without what it is
                    String core = DESCRIPTOR.matcher(m.name()).replaceFirst("");
                    if (core.length() >= 3 && core.length() < m.name().length()) {
                        addIfUsed(core, m, text, out);
                    }
                }
            }
        }
    }

    private static boolean addIfUsed(String candidate, Mention m, String text, Map<String, Mention> out) {
        if (NOT_A_SHORT_NAME.matcher(candidate).find() || text.contains(candidate + "区")
                || countOf(text, candidate) <= countOf(text, m.name())) {
            return false;
        }
        out.putIfAbsent(candidate, m);
        return true;
    }

    private static int countOf(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
            n++;
        }
        return n;
    }

}
