package io.zonebrief.extract;

import io.zonebrief.text.Block;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.TextDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables read as cells. Ingest writes a table's rows as lines whose cells are separated by tabs; the
 * first row of a run of such lines is the header. A number alone in its cell (120, 5万) takes its
 * unit from its column's header (金额（万元）, 增速(%)), or from the table's 单位：万元 line; when
 * neither states one, the number is no figure: a label never lends its last character as a unit.
 */
final class TableColumns {

    private static final Pattern BRACKETED = Pattern.compile("[（(]\\s*(?:单位[:：])?\\s*([^（()）]{1,8}?)\\s*[)）]");
    private static final Pattern TABLE_UNIT = Pattern.compile("单位[:：]\\s*([^\\s,，;；)）]{1,8})\\s*[)）]?\\s*$");
    /** Columns whose numbers are positions or codes, never amounts in the table's unit. */
    private static final Pattern NO_UNIT_COLUMN = Pattern.compile("序号|编号|排名|名次|排序|年份|年度|代码|电话|邮编");
    private static final String SCALES = "万亿千";

    private TableColumns() {
    }

    /** True for a sentence of a table row. */
    static boolean isRow(String s) {
        return s.indexOf('\t') >= 0;
    }

    /** True when [from, to) of a tabbed row is all its cell holds, besides spaces and a sign. */
    static boolean fillsCell(String s, int from, int to) {
        if (!isRow(s)) {
            return false;
        }
        int a = from;
        while (a > 0 && (s.charAt(a - 1) == ' ' || "-−+".indexOf(s.charAt(a - 1)) >= 0)) {
            a--;
        }
        int b = to;
        while (b < s.length() && s.charAt(b) == ' ') {
            b++;
        }
        return (a == 0 || s.charAt(a - 1) == '\t') && (b == s.length() || s.charAt(b) == '\t');
    }

    /**
     * The unit-less quantity {@code q} of a table row with its column's unit, or null when the header
     * states none, the row is the header itself, or its cells do not line up with the header's.
     */
    static Quantity withColumnUnit(Cell cell, Quantity q) {
        if (cell == null) {
            return null;
        }
        String[] heads = cell.heads();
        String[] cells = cell.cells();
        int column = cell.column();
        Unit tableUnit = cell.tableUnit();
        Unit unit = headerUnit(heads[column]);
        if (unit == null && !NO_UNIT_COLUMN.matcher(heads[column]).find() && column > 0) {
            // 营业收入（亿元） | 110 | 120, or a corner cell 指标（亿元）: the unit of a row of years
            Unit row = headerUnit(cells[0]);
            unit = row != null ? row : headerUnit(heads[0]) != null ? headerUnit(heads[0]) : tableUnit;
        }
        if (unit == null || unit.factor() != 1 && containsAny(cells[column], SCALES)) {
            return null; // 5万 under 金额（万元）: two scales, no certain reading
        }
        return q.withUnit(unit.canonical(), unit.kind(), unit.factor());
    }

    /** Where a number of a table row stands: its row's cells, the header's, its column, the table's unit. */
    record Cell(String[] heads, String[] cells, int column, Unit tableUnit) {
    }

    /** The cell of a table row's number {@code q}, or null when the row is the header or does not line up with it. */
    static Cell at(TextDocument doc, Sentence sentence, Quantity q) {
        List<Block> blocks = doc.blocks();
        int at = sentence.index();
        int first = at;
        while (first > 0 && isRow(blocks.get(first - 1).norm())) {
            first--;
        }
        Unit tableUnit = first > 0 ? tableUnit(blocks.get(first - 1).norm()) : null;
        if (first < at && singleCell(blocks.get(first).norm()) && tableUnit(blocks.get(first).norm()) != null) {
            tableUnit = tableUnit(blocks.get(first).norm()); // a first row that only says 单位：万元
            first++;
        }
        if (first >= at) {
            return null;
        }
        String[] heads = blocks.get(first).norm().split("\t", -1);
        String row = sentence.block().norm();
        String[] cells = row.split("\t", -1);
        int column = count(row, sentence.from() + q.numStart());
        if (cells.length != heads.length || column >= heads.length) {
            return null;
        }
        return new Cell(heads, cells, column, tableUnit);
    }

    /** A first header cell that says the rows are measures (指标, 项目): each row names what its numbers measure. */
    private static final Pattern MEASURE_ROWS = Pattern.compile("^(主要)?(指标|项目|内容|类别|分类|名称|指标名称|科目)$");
    /** Column headers that say only "the value" (or a time, or a change): the row says what is measured. */
    private static final Pattern VALUE_COLUMN = Pattern.compile(
            "^(数值|数据|金额|数量|合计|总计|总量|绝对值|值|完成|完成值|完成数|实绩|本期|本月|当期|当月|累计|本年累计|规模"
            + "|.*(增速|增长|增幅|同比|环比|比上年|比重|占比).*|((19|20)\\d{2}年?.*)|(\\d{1,2}(—|-|至)?\\d{0,2}月.*)|(上|下)半年|前三季度|.*季度)$");

    /**
     * What a number of a table row measures: the column's header (营业收入 under 营业收入（亿元）, its
     * row naming whose it is), unless the rows are measures themselves or the column only says "value",
     * a time or a change, when the row's own label stands.
     */
    static String label(Cell cell, String rowLabel) {
        if (cell == null || cell.column() == 0) {
            return rowLabel;
        }
        String head = BRACKETED.matcher(cell.heads()[cell.column()]).replaceAll("").strip();
        if (head.isEmpty() || MEASURE_ROWS.matcher(cell.heads()[0].strip()).matches()
                || VALUE_COLUMN.matcher(head).matches() || NO_UNIT_COLUMN.matcher(head).find()) {
            return rowLabel;
        }
        return head;
    }

    /** The time a column's header gives its numbers (2023年, 1—9月, 上半年), or null. */
    static PeriodFinder.Found columnTime(Cell cell, TextDocument doc) {
        if (cell == null || cell.column() == 0) {
            return null;
        }
        String head = cell.heads()[cell.column()];
        List<PeriodFinder.Found> times = PeriodFinder.find(head, doc.year(), doc.published());
        return times.size() == 1 ? times.get(0) : null;
    }

    /** The unit a header cell states in brackets: 金额（万元）, 增速(%), 企业数（家）. */
    static Unit headerUnit(String head) {
        Matcher m = BRACKETED.matcher(head);
        return m.find() ? whole(m.group(1)) : null;
    }

    /** The unit of a line that ends 单位：万元, or null. */
    static Unit tableUnit(String line) {
        Matcher m = TABLE_UNIT.matcher(line.strip());
        return m.find() ? whole(m.group(1)) : null;
    }

    private static Unit whole(String text) {
        Unit u = Unit.at(text, 0);
        return u != null && u.surface().length() == text.length() ? u : null;
    }

    private static boolean singleCell(String row) {
        int filled = 0;
        for (String c : row.split("\t", -1)) {
            filled += c.isBlank() ? 0 : 1;
        }
        return filled == 1;
    }

    private static int count(String s, int to) {
        int n = 0;
        for (int i = 0; i < to && i < s.length(); i++) {
            n += s.charAt(i) == '\t' ? 1 : 0;
        }
        return n;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
