package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.Samples;
import io.zonebrief.summary.IndicatorTaxonomy;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryBuilder;
import io.zonebrief.summary.SummaryJson;
import io.zonebrief.zone.ZoneResolver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Ten thousand damaged inputs into every reader (issue 16): text, web page, Markdown and CSV whose
 * text has control characters, giant numbers, deeply nested brackets or cut and repeated pieces,
 * written in one encoding or two mixed; Word and PDF files, each a few variants of an article, with
 * flipped bits, cut off or with junk bytes put in. Each input is either analysed to the end (read,
 * figures found, zone decided, summary built and written as JSON) or refused with one line that
 * names the file; nothing else escapes, and none takes longer than {@link #BUDGET}.
 */
class MutatedInputsTest {

    /** Far above the few milliseconds an input takes, so only a hang or a runaway loop reaches it. */
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private static final String ARTICLE = """
            焦作高新区前三季度经济运行稳中有进

            2024年10月8日  来源：焦作日报

            前三季度，焦作高新区新签约项目12个，总投资30.5亿元，同比增长12.3%；规模以上工业增加值同比下降5.2%。
            园区现有企业1万余家，完成固定资产投资500 万元，污水处理能力2万m³/d。
            （一）招商引资。全年计划引进项目（含续建）20个以上，力争实现营业收入100亿元。
            """;
    private static final String TABLE = "| 指标 | 数值 | 单位 |\n|---|---|---|\n| 签约项目 | 12 | 个 |\n| 总投资 | 30.5 | 亿元 |\n";
    private static final String SHEET = "指标,数值,单位,时期\n签约项目,12,个,2024年1-9月\n总投资,30.5,亿元,2024年1-9月\n增长率,-5.2,%,2024年1-9月\n";

    /** What a text format looks like around the article. */
    enum Format {
        TXT, HTML, MD, CSV, DOCX, PDF;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean binary() {
            return this == DOCX || this == PDF;
        }

        String wrap(String article) {
            return switch (this) {
                case HTML -> "<html><head><meta charset=\"utf-8\"><title>焦作高新区</title></head><body><div class=\"article\"><p>"
                        + article.replace("\n\n", "</p><p>") + "</p></div></body></html>";
                case MD -> "# 焦作高新区\n\n" + article + "\n" + TABLE;
                case CSV -> SHEET + article.lines().map(l -> "\"" + l.replace("\"", "\"\"") + "\",1,个,2024").reduce("", (a, b) -> a + b + "\n");
                default -> article;
            };
        }
    }

    /** An edit of the article's text, at a place given as a share of its length. */
    record TextEdit(Kind kind, double at, int size) {

        enum Kind { CONTROL, GIANT_NUMBER, NESTED_BRACKETS, CUT, REPEAT }

        private static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000b\u000c\r\u001b\u007f\u0085\u00ad\u200b\u200e\u202e\u2028\ufeff\ufffe\ufffd";
        private static final String[] OPEN = {"（", "(", "[", "【", "《", "<div>", "{", "“"};
        private static final String[] CLOSE = {"）", ")", "]", "】", "》", "</div>", "}", "”"};

        String apply(String text) {
            int p = (int) (at * text.length());
            return switch (kind) {
                case CONTROL -> text.substring(0, p) + CONTROLS.charAt(size % CONTROLS.length()) + text.substring(p);
                case GIANT_NUMBER -> text.substring(0, p) + "9".repeat(size) + (size % 2 == 0 ? ".5亿元" : "%") + text.substring(p);
                case NESTED_BRACKETS -> {
                    int kind = size % OPEN.length;
                    yield text.substring(0, p) + OPEN[kind].repeat(size) + "投资5亿元" + CLOSE[kind].repeat(size) + text.substring(p);
                }
                case CUT -> text.substring(0, p) + text.substring(Math.min(text.length(), p + size));
                case REPEAT -> text.substring(0, p) + text.substring(p, Math.min(text.length(), p + 40)).repeat(size % 100)
                        + text.substring(p);
            };
        }
    }

    /** How the text is put into bytes; MIXED writes its first part in UTF-8 and the rest in GB18030. */
    enum Encoding {
        UTF8, UTF8_BOM, GB18030, UTF16LE, BIG5, MIXED;

        byte[] encode(String text) {
            return switch (this) {
                case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
                case UTF8_BOM -> ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
                case GB18030 -> text.getBytes(Charset.forName("GB18030"));
                case UTF16LE -> text.getBytes(StandardCharsets.UTF_16LE);
                case BIG5 -> text.getBytes(Charset.forName("Big5"));
                case MIXED -> {
                    int half = text.length() / 2;
                    byte[] a = text.substring(0, half).getBytes(StandardCharsets.UTF_8);
                    byte[] b = text.substring(half).getBytes(Charset.forName("GB18030"));
                    byte[] both = Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, both, a.length, b.length);
                    yield both;
                }
            };
        }
    }

    /** An edit of the file's bytes, at a place given as a share of its length. */
    record ByteEdit(Kind kind, double at, int value) {

        enum Kind { FLIP, TRUNCATE, JUNK, ZERO_RUN }

        byte[] apply(byte[] b) {
            if (b.length == 0) {
                return b;
            }
            int p = Math.min(b.length - 1, (int) (at * b.length));
            return switch (kind) {
                case FLIP -> {
                    byte[] c = b.clone();
                    c[p] ^= (byte) (1 << (value & 7));
                    yield c;
                }
                case TRUNCATE -> Arrays.copyOf(b, p);
                case JUNK -> {
                    byte[] junk = new byte[1 + value % 64];
                    new java.util.Random(value).nextBytes(junk);
                    yield splice(b, p, junk);
                }
                case ZERO_RUN -> splice(b, p, new byte[1 + value % 512]);
            };
        }

        private static byte[] splice(byte[] b, int at, byte[] in) {
            byte[] c = new byte[b.length + in.length];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(in, 0, c, at, in.length);
            System.arraycopy(b, at, c, at + in.length, b.length - at);
            return c;
        }
    }

    /**
     * One damaged input: for a text format its text edits and encoding, for Word and PDF one of the
     * prepared {@link #variants}; then the byte edits.
     */
    record Input(Format format, List<TextEdit> textEdits, Encoding encoding, int variant, List<ByteEdit> byteEdits) {

        byte[] bytes() {
            byte[] b;
            if (format.binary()) {
                b = (format == Format.DOCX ? docxVariants : pdfVariants).get(variant % VARIANTS);
            } else {
                String text = ARTICLE;
                for (TextEdit e : textEdits) {
                    text = e.apply(text);
                }
                b = encoding.encode(format.wrap(text));
            }
            for (ByteEdit e : byteEdits) {
                b = e.apply(b);
            }
            return b;
        }

        @Override
        public String toString() {
            return format + (format.binary() ? " variant " + variant % VARIANTS : " " + textEdits + " in " + encoding)
                    + " " + byteEdits;
        }
    }

    private static final int VARIANTS = 4;
    private static List<byte[]> docxVariants;
    private static List<byte[]> pdfVariants;
    private static Path dir;
    private static DocumentSteps steps;
    private static DocumentReader reader;
    private static SummaryBuilder summaries;
    private static ExecutorService worker;
    private static int analysed;
    private static int refused;

    @BeforeContainer
    static void prepare() throws IOException {
        dir = Files.createTempDirectory("zonebrief-mutated");
        // one of each, as in a run: the resolver learns from every document before
        steps = new DocumentSteps(RunOptions.defaults().withReproducible(true), ZoneResolver.withDefaults());
        reader = DocumentReader.withDefaults();
        summaries = new SummaryBuilder(IndicatorTaxonomy.defaults());
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutated-input");
            t.setDaemon(true);
            return t;
        });
        // Word and PDF files are built once: their damage is done to their bytes
        List<String> texts = List.of(ARTICLE,
                new TextEdit(TextEdit.Kind.GIANT_NUMBER, 0.5, 400).apply(ARTICLE),
                new TextEdit(TextEdit.Kind.NESTED_BRACKETS, 0.4, 100).apply(ARTICLE),
                new TextEdit(TextEdit.Kind.REPEAT, 0.3, 20).apply(ARTICLE));
        docxVariants = new ArrayList<>();
        pdfVariants = new ArrayList<>();
        for (String t : texts) {
            List<String> paragraphs = Samples.paragraphs(t);
            docxVariants.add(Samples.docx(paragraphs, List.of(List.of("", "指标", "金额（万元）", ""),
                    List.of("", "总投资", "500", ""), List.of("", "签约项目", "12个", ""))));
            pdfVariants.add(Samples.pdf(paragraphs, 38));
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        if (worker == null) {
            return; // preparing failed, and says so itself
        }
        worker.shutdownNow();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
        // a property that refused everything would prove nothing about analysis
        assertTrue(analysed > 1000 && refused > 1000, analysed + " analysed, " + refused + " refused");
    }

    @Property(tries = 10_000, seed = "20261128")
    void everyDamagedInputIsAnalysedOrRefusedInOneLineNamingTheFile(@ForAll("inputs") Input input) throws Exception {
        Path file = dir.resolve("input." + input.format().extension());
        Files.write(file, input.bytes());
        Future<Optional<String>> run = worker.submit(() -> analyse(file));
        Optional<String> refusal;
        try {
            refusal = run.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            fail(input + " took longer than " + BUDGET.toSeconds() + " s");
            return;
        } catch (ExecutionException e) {
            fail(input + " threw " + e.getCause(), e.getCause());
            return;
        }
        if (refusal.isPresent()) {
            refused++;
            String line = refusal.get();
            assertTrue(line.startsWith(file + ": ") && line.length() > file.toString().length() + 2, line);
            assertEquals(1, line.lines().count(), line);
            assertTrue(!line.matches(".*\\b(java|org|com)\\.[a-z]+\\..*"), "no Java class names: " + line);
        } else {
            analysed++;
        }
    }

    /** Reads and analyses one file as a run does; the refusal line, or empty when it was analysed. */
    private static Optional<String> analyse(Path file) throws IOException {
        DocumentSteps.Read read = steps.read(file, "input", reader, Optional.empty());
        if (read.failure() != null) {
            return Optional.of(read.failure().getMessage());
        }
        Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
        SummaryBuilder.DocumentResult result = steps.finish(steps.place(read, zoneFacts));
        Summary summary = summaries.build(null, List.of(result), zoneFacts, List.of());
        try (OutputStream sink = OutputStream.nullOutputStream()) {
            SummaryJson.write(summary, "0", sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<Input> inputs() {
        // mostly small edits, now and then a giant one: thousands of digits or brackets
        Arbitrary<Integer> size = Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.integers().between(1, 64)),
                Tuple.of(1, Arbitraries.integers().between(65, 6000)));
        Arbitrary<TextEdit> textEdit = Combinators.combine(Arbitraries.of(TextEdit.Kind.class),
                Arbitraries.doubles().between(0, 1), size).as(TextEdit::new);
        Arbitrary<ByteEdit> byteEdit = Combinators.combine(Arbitraries.of(ByteEdit.Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 10_000)).as(ByteEdit::new);
        return Combinators.combine(Arbitraries.of(Format.class), textEdit.list().ofMaxSize(4),
                Arbitraries.of(Encoding.class), Arbitraries.integers().between(0, VARIANTS - 1),
                byteEdit.list().ofMaxSize(3)).as(Input::new);
    }
}
