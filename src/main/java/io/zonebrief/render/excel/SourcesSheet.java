package io.zonebrief.render.excel;

import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 来源 sheet: every document read, when it was published and how that was found, which zone
 * it was attributed to and why; below it the inputs that were skipped or failed, so a reader can
 * judge how complete the workbook is.
 */
final class SourcesSheet {

    private static final int REASON_WIDTH = 40;
    private static final String UNKNOWN_SOURCE = "未注明";

    private final Summary summary;
    private final WorkbookTemplate template;

    SourcesSheet(Summary summary, WorkbookTemplate template) {
        this.summary = summary;
        this.template = template;
    }

    void write(Sheet sheet, Styles styles) {
        SheetWriter w = new SheetWriter(sheet, styles);
        w.header(0, template.headers(Column.Group.SOURCES));
        w.cap(Column.SOURCES_TITLE.index(), REASON_WIDTH);
        w.cap(Column.SOURCES_REASON.index(), REASON_WIDTH);
        w.cap(Column.SOURCES_WARNINGS.index(), REASON_WIDTH);
        List<DocumentInfo> docs = summary.documents();
        for (int i = 0; i < docs.size(); i++) {
            writeDocument(w, w.row(i + 1), docs.get(i));
        }
        int lastRow = Math.max(1, docs.size());
        w.form(0, lastRow, Column.Group.SOURCES.columns().size(), true);
        writeProblems(w, lastRow + 2);
        w.applyWidths();
    }

    private void writeDocument(SheetWriter w, Row row, DocumentInfo d) {
        w.text(row, Column.SOURCES_DOCUMENT.index(), d.id());
        w.text(row, Column.SOURCES_TITLE.index(), String.join("\n", d.headlines()), w.styles.wrap);
        // the paper or site is known from the page (报头, 来源：…) or the manifest; say so when neither names it
        w.text(row, Column.SOURCES_SOURCE.index(), d.source() == null ? UNKNOWN_SOURCE : d.source());
        if (d.published() != null) {
            Cell c = w.number(row, Column.SOURCES_PUBLISHED.index(), 0, w.styles.date, "2024-10-01");
            c.setCellValue(d.published());
        }
        w.text(row, Column.SOURCES_PUBLISHED_HOW.index(), publishedHow(d.publishedHow()));
        w.text(row, Column.SOURCES_ZONE.index(), d.zone() == null ? "未识别" : d.zone());
        w.number(row, Column.SOURCES_CONFIDENCE.index(), d.zoneConfidence(), w.styles.percent, "100%");
        w.text(row, Column.SOURCES_REASON.index(), d.zoneReason(), w.styles.wrap);
        w.text(row, Column.SOURCES_FILE.index(), d.file());
        w.text(row, Column.SOURCES_FORMAT.index(), d.format());
        w.number(row, Column.SOURCES_FIGURES.index(), d.figureCount(), w.styles.count,
                String.valueOf(d.figureCount()));
        w.text(row, Column.SOURCES_WARNINGS.index(), String.join("\n", d.warnings()), w.styles.wrap);
    }

    private void writeProblems(SheetWriter w, int startRow) {
        if (summary.problems().isEmpty()) {
            return;
        }
        w.header(startRow, template.headers(Column.Group.PROBLEMS));
        int r = startRow + 1;
        for (Problem p : summary.problems()) {
            Row row = w.row(r++);
            w.text(row, Column.PROBLEMS_FILE.index(), p.file());
            w.text(row, Column.PROBLEMS_KIND.index(), p.failed() ? "读取失败" : "已跳过");
            w.label(row, Column.PROBLEMS_MESSAGE.index(), p.message(), w.styles.text);
        }
    }

    private static String publishedHow(String how) {
        if (how == null) {
            return "";
        }
        return switch (how) {
            case "masthead" -> "报头";
            case "text" -> "正文";
            case "report" -> "标题年份（未注明日期）";
            case "manifest" -> "清单";
            case "page" -> "网页标注";
            case "url" -> "网址";
            case "none" -> "无";
            default -> how;
        };
    }
}
