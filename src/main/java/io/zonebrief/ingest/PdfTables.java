package io.zonebrief.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF text stripper that also finds tables: runs of lines whose pieces, set apart by gaps wider
 * than a character, stand in the same columns line after line. A PDF keeps no cells, only where each
 * character is drawn; without this a table's row "营业收入 45600 12.5" reads as running text and its
 * numbers lose their column headers. Rows found so are given as tab-separated cells, like the tables
 * of every other format.
 */
final class PdfTables extends PDFTextStripper {

    /** A gap of at least this many font sizes parts two cells; words in running text are closer. */
    private static final float CELL_GAP = 0.9f;
    /**
     * A tight table (LibreOffice fits columns to their text) leaves less between cells, but more than
     * the gap PDFBox sees where running text switches font (0.2); its cells then start, or end, at the
     * same place line after line.
     */
    private static final float TIGHT_GAP = 0.3f;
    /** How far, in points, edges may stray and still line up. */
    private static final float EDGE = 1.5f;

    /** One piece of a line as PDFBox grouped it, with where it starts and ends on the page. */
    private record Piece(String text, float left, float right, float size) {
    }

    private final List<List<Piece>> lines = new ArrayList<>();
    private List<Piece> line = new ArrayList<>();

    PdfTables() {
        setSortByPosition(true);
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines.clear();
        line = new ArrayList<>();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(text, positions);
        if (!positions.isEmpty() && !text.isBlank()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            line.add(new Piece(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    Math.max(first.getFontSizeInPt(), 1)));
        }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        super.endPage(page);
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(line);
            line = new ArrayList<>();
        }
    }

    /**
     * The last page's text with its tables as tab-separated rows, one line per text line; null when the
     * page has no table, so its text stays as the stripper wrote it.
     */
    String tableText() {
        String[] rows = new String[lines.size()];
        boolean any = false;
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            for (float gap : new float[] {CELL_GAP, TIGHT_GAP}) {
                List<float[]> columns = columnsOf(lines.get(start), gap);
                end = start;
                while (columns.size() >= 2 && end + 1 < lines.size()
                        && fits(merged(lines.get(end + 1), gap), columns, gap == TIGHT_GAP)) {
                    end++;
                }
                List<List<String>> table = new ArrayList<>();
                for (int i = start; i <= end; i++) {
                    table.add(inColumns(merged(lines.get(i), gap), columns));
                }
                if (end > start && hasNumberCell(table.subList(1, table.size()))) {
                    for (int i = start; i <= end; i++) {
                        rows[i] = String.join("\t", table.get(i - start));
                    }
                    any = true;
                    break;
                }
                end = start;
            }
            start = end + 1;
        }
        if (!any) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(rows[i] != null ? rows[i] : String.join(" ", lines.get(i).stream().map(Piece::text).toList())).append('\n');
        }
        return sb.toString();
    }

    /** A row's cells each under the column it overlaps, empty strings where a row has no cell. */
    private static List<String> inColumns(List<Piece> cells, List<float[]> columns) {
        String[] out = new String[columns.size()];
        Arrays.fill(out, "");
        int next = 0;
        for (Piece c : cells) {
            while (next + 1 < columns.size() && !(c.left < columns.get(next)[1] && c.right > columns.get(next)[0])) {
                next++;
            }
            out[next] = out[next].isEmpty() ? c.text : out[next] + " " + c.text;
        }
        return List.of(out);
    }

    /** The pieces of a line joined into cells wherever they stand closer than a cell's gap. */
    private static List<Piece> merged(List<Piece> pieces, float gap) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && p.left - last.right < gap * Math.max(p.size, last.size)) {
                out.set(out.size() - 1, new Piece(last.text + " " + p.text, last.left, Math.max(last.right, p.right), last.size));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The horizontal extent of each cell of a table's first line: its columns, widened by later rows. */
    private static List<float[]> columnsOf(List<Piece> header, float gap) {
        List<float[]> columns = new ArrayList<>();
        for (Piece p : merged(header, gap)) {
            columns.add(new float[] {p.left, p.right});
        }
        return columns;
    }

    /**
     * Whether a line's cells stand in the columns, at most one in each and in order, every one
     * overlapping its column, or when the gaps are tight starting or ending where it does; a line with
     * one cell (a paragraph) never does. The columns widen to take it.
     */
    private static boolean fits(List<Piece> cells, List<float[]> columns, boolean tight) {
        if (cells.size() < 2 || cells.size() > columns.size()) {
            return false;
        }
        int[] at = new int[cells.size()];
        int next = 0;
        for (int i = 0; i < cells.size(); i++) {
            Piece c = cells.get(i);
            while (next < columns.size()
                    && !(tight ? edgeAligned(c, columns.get(next)) : overlaps(c, columns.get(next)))) {
                next++;
            }
            if (next == columns.size() || next + 1 < columns.size() && c.right > columns.get(next + 1)[0]) {
                return false;
            }
            at[i] = next++;
        }
        for (int i = 0; i < cells.size(); i++) {
            float[] col = columns.get(at[i]);
            col[0] = Math.min(col[0], cells.get(i).left);
            col[1] = Math.max(col[1], cells.get(i).right);
        }
        return true;
    }

    private static boolean overlaps(Piece c, float[] column) {
        return c.left < column[1] && c.right > column[0];
    }

    private static boolean edgeAligned(Piece c, float[] column) {
        return Math.abs(c.left - column[0]) <= EDGE || Math.abs(c.right - column[1]) <= EDGE;
    }

    /** A table of figures has a number in some cell after the first column. */
    private static boolean hasNumberCell(List<List<String>> rows) {
        return rows.stream().anyMatch(r -> r.stream().skip(1).anyMatch(c -> c.chars().anyMatch(Character::isDigit)));
    }
}
