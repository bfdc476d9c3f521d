package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.zonebrief.extract.Figure;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 资料来源: each document with its number, date, zone and headline, then the inputs that could not be
 * used. A small run lists every document; a large one lists the documents the quotes cite and says
 * how many more the workbook's 来源 sheet holds.
 */
final class Sources {

    private final BriefingContext ctx;

    Sources(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<DocumentInfo> all = ctx.summary.documents();
        List<DocumentInfo> listed = all.size() <= Limits.ALL_SOURCES ? all : cited(all);
        ctx.caption("资料来源");
        Tables table = new Tables(s, List.of("序号", "文档", "发布日期", "高新区", "标题"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_LEFT,
                        Element.ALIGN_LEFT});
        for (DocumentInfo d : listed) {
            table.row("[" + ctx.documentNumber(d.id()) + "]", d.source() == null ? d.id() : d.source() + "\n" + d.id(),
                    d.published() == null ? "未注明" : d.published().toString(),
                    d.zone() == null ? "未识别" : d.zone(), d.title());
        }
        ctx.table(doc, table, false);
        if (listed.size() < all.size()) {
            doc.add(s.paragraph("以上为附录二引用的" + listed.size() + "篇报道；另有" + (all.size() - listed.size())
                    + "篇未列出，见工作簿“来源”表。", s.small(), false));
        }
        problems(doc);
    }

    private List<DocumentInfo> cited(List<DocumentInfo> all) {
        Set<String> ids = new HashSet<>();
        for (Quotes.ZoneQuotes q : ctx.quotes()) {
            q.figures().stream().map(Figure::documentId).forEach(ids::add);
        }
        return all.stream().filter(d -> ids.contains(d.id())).toList();
    }

    private void problems(Document doc) throws DocumentException {
        Styles s = ctx.styles;
        List<Problem> problems = ctx.summary.problems();
        if (problems.isEmpty()) {
            return;
        }
        doc.add(s.paragraph("未能使用的文件：", s.font(9.5f, true, Styles.TEXT), false));
        for (Problem p : problems.subList(0, Math.min(problems.size(), Limits.PROBLEMS))) {
            doc.add(s.paragraph("· " + p.file() + "（" + ("failed".equals(p.kind()) ? "读取失败" : "已跳过") + "）："
                    + p.message(), s.small(), false));
        }
        if (problems.size() > Limits.PROBLEMS) {
            doc.add(s.paragraph("另有" + (problems.size() - Limits.PROBLEMS) + "个文件未列出，见 summary.json。", s.small(),
                    false));
        }
    }
}
