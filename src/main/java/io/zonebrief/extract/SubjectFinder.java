package io.zonebrief.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a figure is about from its clause and label: a named park (…产业园, …园区), a
 * project (…项目, …工程), an enterprise (…公司, …集团), the zone itself, or something else.
 */
final class SubjectFinder {

    private static final Pattern PARK = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{2,12}?(?:产业园区|产业园|科技园|工业园|园区|孵化园|创业园|综合体))");
    private static final Pattern PROJECT = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{2,16}?(?:项目|工程))");
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
        Matcher m = ENTERPRISE.matcher(clause);
        if (m.find()) {
            String n = m.group(1);
            return new Subject(n.endsWith("医院") || n.endsWith("学院") || n.endsWith("大学") ? SubjectKind.OTHER
                    : SubjectKind.ENTERPRISE, n);
        }
        m = PARK.matcher(clause);
        if (m.find() && !m.group(1).equals("园区")) {
            return new Subject(SubjectKind.PARK, m.group(1));
        }
        m = PROJECT.matcher(clause);
        if (m.find() && (l.contains("投资") || l.contains("产值") || l.contains("率"))) {
            return new Subject(SubjectKind.PROJECT, m.group(1));
        }
        return new Subject(SubjectKind.ZONE, null);
    }

    private static String name(Pattern p, String clause) {
        Matcher m = p.matcher(clause);
        return m.find() ? m.group(1) : null;
    }
}
