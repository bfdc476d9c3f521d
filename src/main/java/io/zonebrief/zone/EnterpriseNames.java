package io.zonebrief.zone;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.zonebrief.text.Recent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks enterprise and park names out of a sentence, so that a later article naming them under a
 * bare 高新区 can be placed: full company names (华拓电力装备集团有限公司 → 华拓电力装备集团), lists
 * closed by 等企业 or 为龙头 (明仁药业、蒙牛、科瑞森等公司), and parks (怀川高科产业园). Short list
 * items that are everyday words are left out, since they would match anywhere.
 */
final class EnterpriseNames {

    static final String ENTERPRISE = "企业";
    static final String PARK = "园区";

    private static final Pattern COMPANY = Pattern.compile(
            "([\\p{IsHan}()]{2,24}?)(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)");
    private static final Pattern LIST = Pattern.compile(
            "((?:[\\p{IsHan}()&&[^等]]{2,16}、)+[\\p{IsHan}()&&[^等]]{2,12})(?:等(?:\\d+|[一二三四五六七八九十几多]+)?(?:家|个)?(?:企业|公司|龙头)|为龙头)");
    private static final Pattern PARK_NAME = Pattern.compile(
            "([\\p{IsHan}()]{2,14}?)(产业园区|产业园|科技园|工业园|智慧岛|孵化器|众创空间)");
    /** A company's name ends in 公司: at most 24 characters of name and 4 of 股份有限 before it. */
    private static final Anchor COMPANY_AT = new Anchor(List.of("公司"), 28);
    /** A list holds 、 with at most 16 characters of its first item before it. */
    private static final Anchor LIST_AT = new Anchor(List.of("、"), 16);
    /** A park's name ends in one of its words: at most 14 characters of name and 产业 before 园. */
    private static final Anchor PARK_AT = new Anchor(List.of("园", "智慧岛", "孵化器", "众创空间"), 16);
    /** Parts of speech after which a name starts: verbs, prepositions, pronouns, adverbs, particles. */
    private static final Pattern LEAD_TAG = Pattern.compile("v|vi|vf|vx|vl|p|pba|pbei|r|rr|rz|ry|d|ad|c|cc|u.*|f|w|m|q.*");
    private static final Set<String> LEAD_WORDS = Set.of("企业", "公司", "项目", "高校", "单位", "该区", "全区", "辖区",
            "高新区", "重点", "龙头");
    private static final Pattern PLACE_PAREN = Pattern.compile("\\([\\p{IsHan}]{2,4}\\)");
    private static final Set<String> GENERIC = Set.of("企业", "公司", "项目", "园区", "高校", "单位", "集团", "科技",
            "产业", "工业", "创新", "龙头", "重点", "规上", "全区", "该区", "本区", "高新", "各类", "相关", "优质", "省级",
            "市级", "国家级", "科技型", "高新技术", "专精特新", "中小");

    private EnterpriseNames() {
    }

    /** Names in a normalised sentence, each with its kind (企业 or 园区). */
    static Map<String, String> find(String sentence) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = COMPANY.matcher(sentence);
        for (int from = 0; find(m, sentence, from, COMPANY_AT); from = m.end()) {
            addCompany(out, trimLead(PLACE_PAREN.matcher(m.group(1)).replaceAll("")));
        }
        m = LIST.matcher(sentence);
        boolean closed = sentence.indexOf('等') >= 0 || sentence.contains("为龙头");
        for (int from = 0; closed && find(m, sentence, from, LIST_AT); from = m.end()) {
            String[] items = m.group(1).split("、");
            items[0] = trimLead(items[0]);
            for (String item : items) {
                addShort(out, item);
            }
        }
        m = PARK_NAME.matcher(sentence);
        for (int from = 0; find(m, sentence, from, PARK_AT); from = m.end()) {
            String core = trimLead(m.group(1));
            if (core.length() >= 2 && !GENERIC.contains(core) && !core.endsWith("高新") && distinctive(core)) {
                out.putIfAbsent(core + m.group(2), PARK);
            }
        }
        return out;
    }

    /**
     * {@code m.find()} from {@code from}, but starting to look only shortly before the next word every
     * match must hold, instead of trying the pattern at every character of a long sentence; finds
     * the same matches.
     */
    private static boolean find(Matcher m, String sentence, int from, Anchor anchor) {
        int at = anchor.next(sentence, from);
        return at >= 0 && m.find(Math.max(from, at - anchor.reach()));
    }

    /**
     * Words every match holds, and how far before such a word a match can start at most.
     *
     * @param words the words; a match holds one of them
     * @param reach the longest stretch of a match before the word
     */
    private record Anchor(List<String> words, int reach) {

        /** Where the first of the words occurs at or after {@code from}, or -1. */
        int next(String s, int from) {
            int best = -1;
            for (String w : words) {
                int at = s.indexOf(w, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }
    }

    /** A company under its full name and, when it starts with a place (河南矿环矿业科技), without it. */
    private static void addCompany(Map<String, String> out, String name) {
        if (name.length() < 4 || GENERIC.contains(name) || !distinctive(name)) {
            return;
        }
        out.putIfAbsent(name, ENTERPRISE);
        String rest = UnknownPlaces.withoutLeadingPlace(name);
        if (rest.length() >= 4 && !rest.equals(name) && distinctive(rest)) {
            out.putIfAbsent(rest, ENTERPRISE);
        }
    }

    private static void addShort(Map<String, String> out, String item) {
        String name = PLACE_PAREN.matcher(item).replaceAll("");
        if (name.length() < 2 || name.length() > 10 || GENERIC.contains(name)) {
            return;
        }
        if (name.length() == 2 && CoreDictionary.get(name) != null) {
            return; // an everyday word, not a brand
        }
        out.putIfAbsent(name, ENTERPRISE);
    }

    /** The name part of a phrase: what follows its last verb, preposition or particle. */
    static String trimLead(String s) {
        return TRIMMED.get(s);
    }

    /** The same phrases come back in every sentence that lists the same firms. */
    private static final Recent<String, String> TRIMMED = Recent.of(EnterpriseNames::trimmed, 1024);

    private static String trimmed(String s) {
        List<Term> terms = StandardTokenizer.segment(s);
        int start = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (LEAD_TAG.matcher(t.nature.toString()).matches() || LEAD_WORDS.contains(t.word)) {
                start = i + 1;
            }
        }
        StringBuilder out = new StringBuilder();
        terms.subList(start, terms.size()).forEach(t -> out.append(t.word));
        return out.toString();
    }

    /** A name worth remembering holds a proper name (怀川, 华拓), not only words like 电气科技. */
    private static boolean distinctive(String core) {
        for (Term t : StandardTokenizer.segment(core)) {
            String tag = t.nature.toString();
            if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nt")
                    || CoreDictionary.get(t.word) == null) {
                return true;
            }
        }
        return false;
    }
}
