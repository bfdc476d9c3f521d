package io.zonebrief.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a sheet's rows as article text. When the first non-empty row names an indicator column and a
 * value column (指标/数值, optionally 单位, 时期, 地区), each row becomes one sentence, as an article
 * writes it (2023年，营业收入为120亿元。), so it yields its figure with its label, unit and period. Any other sheet becomes table rows whose header gives units ({@code 金额（万元）}).
 */
final class IndicatorSheet {

    private static final Pattern INDICATOR = Pattern.compile("^(指标|指标名称|项目|项目名称|名称)$");
    private static final Pattern VALUE = Pattern.compile("^(数值|数据|值|指标值|本期|本期值|数量|金额)$");
    private static final Pattern UNIT = Pattern.compile("^(单位|计量单位)$");
    private static final Pattern PERIOD = Pattern.compile("^(时期|时间|期间|年份|年度|统计时期|报告期)$");
    private static final Pattern AREA = Pattern.compile("^(地区|区域|园区|主体|单位名称)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d{2}$");

    private IndicatorSheet() {
    }

    static void write(List<List<String>> rows, Paragraphs out) {
        int first = 0;
        while (first < rows.size() && rows.get(first).stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first == rows.size()) {
            return;
        }
        List<String> header = rows.get(first).stream().map(String::strip).toList();
        int indicator = column(header, INDICATOR);
        int value = column(header, VALUE);
        if (indicator < 0 || value < 0) {
            rows.forEach(out::row);
            return;
        }
        int unit = column(header, UNIT);
        int period = column(header, PERIOD);
        int area = column(header, AREA);
        for (List<String> row : rows.subList(first + 1, rows.size())) {
            String name = cell(row, indicator);
            String number = cell(row, value);
            if (name.isEmpty() || number.isEmpty()) {
                out.row(row);
                continue;
            }
            String when = cell(row, period);
            if (YEAR_ONLY.matcher(when).matches()) {
                when += "年";
            }
            String subject = cell(row, area) + name;
            out.paragraph((when.isEmpty() ? "" : when + "，") + subject + "为" + number + cell(row, unit) + "。");
        }
    }

    private static int column(List<String> header, Pattern name) {
        for (int i = 0; i < header.size(); i++) {
            if (name.matcher(header.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }
}
