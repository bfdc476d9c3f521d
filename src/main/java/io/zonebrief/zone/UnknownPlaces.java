package io.zonebrief.zone;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.zonebrief.text.FirstChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds zones and cities the gazetteer does not know (驻马店高新区, 漯河市), so that a text about a zone
 * without a national title stays unknown instead of being filed under a city it mentions in passing.
 * A word counts as a place when HanLP's core dictionary tags it as a place name.
 */
final class UnknownPlaces {

    private static final Pattern ZONE = Pattern.compile("(?:市|国家级|国家)?(?:高新区|高新技术产业开发区)");
    private static final FirstChars ZONE_STARTS = FirstChars.of(ZONE);
    private static final Set<String> NOT_CITIES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古",
            "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东",
            "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港",
            "澳门", "中国", "全国", "国家", "中原", "华中", "华北", "华东", "华南", "西北", "西南", "东北");

    private UnknownPlaces() {
    }

    /** A place name directly before a 高新区 the gazetteer did not match: "驻马店高新区" → 驻马店. */
    static List<String> zones(String sentence, List<Mention> known) {
        List<String> out = new ArrayList<>();
        Matcher m = ZONE_STARTS.matcher(sentence);
        for (int from = 0; ZONE_STARTS.find(m, sentence, from); from = m.end()) {
            if (!covered(known, m.start())) {
                String place = placeEndingAt(sentence, m.start());
                if (place != null) {
                    out.add(place);
                }
            }
        }
        return out;
    }

    /** Cities written "X市" that no zone of the gazetteer is named after. */
    static List<String> cities(String sentence, Gazetteer gazetteer) {
        List<String> out = new ArrayList<>();
        for (int at = sentence.indexOf('市'); at >= 0; at = sentence.indexOf('市', at + 1)) {
            String place = placeEndingAt(sentence, at);
            if (place != null && !gazetteer.knows(place)) {
                out.add(place);
            }
        }
        return out;
    }

    private static boolean covered(List<Mention> known, int at) {
        for (Mention k : known) {
            if (k.from() <= at && at <= k.to()) {
                return true;
            }
        }
        return false;
    }

    /** The longest place name (2 to 4 characters) ending at {@code end}, or null. */
    static String placeEndingAt(String s, int end) {
        for (int len = 4; len >= 2; len--) {
            int from = end - len;
            if (from < 0) {
                continue;
            }
            String w = s.substring(from, end);
            if (w.codePoints().allMatch(Character::isIdeographic) && isPlace(w) && !NOT_CITIES.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** {@code s} without a leading place name and 省/市 (平顶山市神鹰化工 → 神鹰化工). */
    static String withoutLeadingPlace(String s) {
        for (int len = Math.min(4, s.length() - 1); len >= 2; len--) {
            if (isPlace(s.substring(0, len))) {
                String rest = s.substring(len);
                return rest.startsWith("省") || rest.startsWith("市") ? rest.substring(1) : rest;
            }
        }
        return s;
    }

    private static boolean isPlace(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n == Nature.ns) {
                return true;
            }
        }
        return false;
    }
}
