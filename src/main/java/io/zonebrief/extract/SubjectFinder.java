package io.zonebrief.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a figure is about from its clause and label: a named park (…产业园, …园区), a
 * project (…项目, …工程), an enterprise (…公司, …集团), the zone itself, or something else.
 */
final class SubjectFinder {

    private static final Pattern PARK = Pattern.compile("([\\p{IsHan}]{2,12}?(?:产业园区|产业园|科技园|工业园|园区|孵化园|创业园|综合体))");
    private static final Pattern PROJECT = Pattern.compile("([\\p{IsHan}]{2,16}?(?:项目|工程))");
    /** Words that start a clause but not a name (目前项目建设…, 该园区…). */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(目前|今年|去年|已|该|各|全部|所有|正在|推动|加快|推进|实施|建设|完成|其中|共|个|家|余|多|一批)|[到在向赴为与和]");
    private static final Pattern ENTERPRISE = Pattern.compile("([\\p{IsHan}()（）]{2,16}?(?:有限公司|公司|集团|医院|学院|大学))");

    /** A subject and the name the text gives it. */
    record Subject(SubjectKind kind, String name) {
    }

    private SubjectFinder() {
    }

    static Subject find(String clause, String label) {
        String l = label == null ? "" : label;
        if (l.contains("园区") || l.contains("产业园") || l.contains("综合体")) {
            return new Subject(SubjectKind.PARK, name(PARK, clause));
        }
        if (l.contains("项目") && !l.equals("项目") && !l.endsWith("项目")) {
            return new Subject(SubjectKind.PROJECT, name(PROJECT, clause));
        }
        String n = name(ENTERPRISE, clause);
        if (n != null) {
            return new Subject(n.endsWith("医院") || n.endsWith("学院") || n.endsWith("大学") ? SubjectKind.OTHER
                    : SubjectKind.ENTERPRISE, n);
        }
        String park = name(PARK, clause);
        if (park != null) {
            return new Subject(SubjectKind.PARK, park);
        }
        String project = name(PROJECT, clause);
        if (project != null && (l.contains("投资") || l.contains("产值") || l.contains("率"))) {
            return new Subject(SubjectKind.PROJECT, project);
        }
        return new Subject(SubjectKind.ZONE, null);
    }

    /** The subject a counted collection names (省重点项目, 私募基金, 科技型企业). */
    static Subject ofCollection(String collection) {
        SubjectKind kind = collection.endsWith("项目") || collection.endsWith("工程") ? SubjectKind.PROJECT
                : collection.endsWith("企业") ? SubjectKind.ENTERPRISE
                : collection.endsWith("园区") ? SubjectKind.PARK : SubjectKind.OTHER;
        return new Subject(kind, null);
    }

    private static String name(Pattern p, String clause) {
        Matcher m = p.matcher(clause);
        while (m.find()) {
            String n = nounTail(m.group(1));
            if (n != null && !NOT_A_NAME.matcher(n).find() && n.length() >= 4) {
                return n;
            }
        }
        return null;
    }

    /**
     * The part of a candidate name made of nouns up to its end: "构筑人才集聚高地云集了河南理工大学"
     * names 河南理工大学, not the words that lead to it.
     */
    private static String nounTail(String candidate) {
        List<Words.Word> words = Words.of(candidate);
        int start = candidate.length();
        for (int i = words.size() - 1; i >= 0; i--) {
            String pos = words.get(i).pos();
            boolean lastIsProject = words.get(words.size() - 1).text().matches("项目|工程");
            boolean nounish = pos.startsWith("n") || pos.startsWith("j") || pos.startsWith("b") || pos.equals("x")
                    || pos.startsWith("w") || pos.equals("m") || pos.startsWith("a")
                    || pos.equals("vn") && lastIsProject && i == words.size() - 2;
            if (!nounish) {
                break;
            }
            start = words.get(i).start();
        }
        return start >= candidate.length() ? null : candidate.substring(start);
    }
}
