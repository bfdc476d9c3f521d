package io.zonebrief.render.excel;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.SubjectKind;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The review columns' dropdowns and prompts: where the choices are fixed (审核, 主体类型, 性质) a list
 * Excel enforces; where they are not (时期, 名称) a prompt saying what to type. {@link ReviewRows}
 * reads back the same words.
 */
final class Dropdowns {

    private Dropdowns() {
    }

    /** The dropdowns and prompts of the details sheet's review columns, rows 1..{@code rows}. */
    static void details(Sheet sheet, int rows, List<String> reviewChoices) {
        String modify = reviewChoices.get(1);
        list(sheet, Column.DETAILS_REVIEW, 1, rows, "审核", reviewChoices,
                String.join("/", reviewChoices) + "；选“" + modify + "”时在右侧填写要改的项，留空的项不改");
        prompt(sheet, Column.DETAILS_CORRECTION, 1, rows, "修正值", "数值（基本单位）或带单位的值，如 56.3亿元");
        list(sheet, Column.DETAILS_FIX_SUBJECT_KIND, 1, rows, "修正主体类型",
                Arrays.stream(SubjectKind.values()).map(Labels::subject).toList(), "这个数字是谁的");
        prompt(sheet, Column.DETAILS_FIX_SUBJECT_NAME, 1, rows, "修正主体名称", "园区、项目、企业或其他单位的名称");
        prompt(sheet, Column.DETAILS_FIX_PERIOD, 1, rows, "修正时期", ReviewTime.FORMS);
        list(sheet, Column.DETAILS_FIX_NATURE, 1, rows, "修正性质",
                Arrays.stream(Nature.values()).map(Labels::nature).toList(), "实际完成、目标、计划等");
        prompt(sheet, Column.DETAILS_FIX_METRIC, 1, rows, "修正指标名称", "数字衡量的是什么，如 签约项目总投资");
    }

    /** The 审核 dropdown of a zone sheet's facts, rows {@code first..last}. */
    static void facts(Sheet sheet, int first, int last) {
        List<String> words = FactDecision.Action.words();
        list(sheet, Column.ZONE_REVIEW, first, last, "审核", words,
                "采纳：数据无误；拆分：合并的几处提及不是同一数据；删除：不计入本区；采用此值：数据冲突时以此为准");
    }

    private static void list(Sheet sheet, Column column, int first, int last, String title, List<String> choices,
                             String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation v = helper.createValidation(constraint, range(column, first, last));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.createErrorBox(title, "请从下拉列表中选择：" + String.join("/", choices));
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        sheet.addValidationData(v);
    }

    private static void prompt(Sheet sheet, Column column, int first, int last, String title, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint any = helper.createCustomConstraint("TRUE");
        DataValidation v = helper.createValidation(any, range(column, first, last));
        v.setShowErrorBox(false);
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        sheet.addValidationData(v);
    }

    private static CellRangeAddressList range(Column column, int first, int last) {
        int col = column.index();
        return new CellRangeAddressList(first, Math.max(first, last), col, col);
    }
}
