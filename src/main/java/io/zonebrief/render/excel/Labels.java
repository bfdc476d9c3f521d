package io.zonebrief.render.excel;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;

/** The Chinese words the workbook shows for enum values, so that every sheet says the same. */
final class Labels {

    private Labels() {
    }

    static String modality(Modality m) {
        return switch (m) {
            case ACTUAL -> "实际";
            case TARGET -> "目标";
            case UNKNOWN -> "未知";
        };
    }

    static String subject(SubjectKind k) {
        return switch (k) {
            case ZONE -> "高新区";
            case PARK -> "园区";
            case PROJECT -> "项目";
            case ENTERPRISE -> "企业";
            case OTHER -> "其他";
        };
    }

    /** "余", "近", "约", or "" for an exact number. */
    static String qualifier(Qualifier q) {
        return q.word();
    }

    static String period(Period p) {
        return p == null ? "未注明" : p.label();
    }

    static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "part" -> "分项";
            case "growth" -> "增速";
            case "share" -> "占比";
            default -> role;
        };
    }
}
