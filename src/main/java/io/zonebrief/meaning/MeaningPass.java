package io.zonebrief.meaning;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.Openings;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every figure of a document its scope (whose it is), nature and relation to time, reading each
 * against the document's structure ({@link Topics}) and its own sentence.
 *
 * <pre>
 * List&lt;Figure&gt; figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
 * </pre>
 */
public final class MeaningPass {

    /** A sentence that opens with what was done, not with who did it: its subject is the last one's. */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "\\s*(已|正在|目前已|现已|并|还|同时|另外|此外)?(已|铺设|完成|建成|实现|新增|累计|共|引进|签约|投入|拥有|助推|帮助|助力|带动|吸引)");
    private static final Pattern SHARE_OPENING = Pattern.compile("^\\s*(约|分别)?占");
    private static final Pattern BARE_TOTAL = Pattern.compile("(总投资|投资总额|计划总投资)");
    private static final Pattern COUNT_UNIT = Pattern.compile("个|项|批");
    private static final Pattern ABSTRACT_COUNT_UNIT = Pattern.compile("个|种|点|方面|类");
    private static final Pattern ABSTRACT = Pattern.compile(
            "(方面|要素|目标|词|理由|原因|特点|特征|层次|维度|步骤|原则|观点|趋势|途径|路径|方式|模式)(构成|组成)?$");

    private MeaningPass() {
    }

    public static List<Figure> apply(TextDocument doc, List<Figure> figures) {
        if (figures.isEmpty()) {
            return figures;
        }
        Reader reader = new Reader(doc);
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(reader.read(f));
        }
        return partsAsTheirWhole(out);
    }

    /** Where a figure stands: its block, its sentence (normalised) and the offsets of its words in it. */
    private record Place(int block, Sentence sentence, String s, int textStart, int textEnd, int numberStart,
                         int numberEnd, int clauseStart) {
    }

    /** Reads the figures of one document in order, remembering what the sentences before said. */
    private static final class Reader {
        private final TextDocument doc;
        private final Topics topics;
        private final boolean districtDocument;
        private final Map<String, Mention> aliases;
        private final Campaigns campaigns;
        private final Framings framings;
        private final Departments departments;
        private final Map<Integer, List<Sentence>> sentences = new HashMap<>();
        private final Map<Integer, List<Mention>> projects = new HashMap<>();
        private Sentence lastSentence;
        private Mention lastOwner;
        private int lastBlock = -1;
        private boolean lastInherited;
        private boolean lastNamed;
        private String lastUnit;
        private String lastCount;
        private TimeKinds.Time lastTime;

        Reader(TextDocument doc) {
            this.doc = doc;
            this.topics = Topics.of(doc);
            this.districtDocument = DocumentBodies.namesDistricts(doc);
            this.aliases = DocumentBodies.aliases(doc);
            this.campaigns = Campaigns.of(doc);
            this.framings = Framings.of(doc);
            this.departments = Departments.of(doc);
        }

        Figure read(Figure f) {
            Place at = locate(f);
            if (at == null) {
                return f;
            }
            if (ABSTRACT_COUNT_UNIT.matcher(f.unit()).matches()
                    && (ABSTRACT.matcher(f.metric()).find() || ABSTRACT.matcher(f.text()).find())) {
                // 5个阶段, 两个目标, 理由有3点: how a text orders its ideas, no one's result or goal
                return f.withScope(SubjectKind.OTHER, null).withNature(Nature.UNSTATED)
                        .withTime(PeriodKind.NONE, null, null).withMetric(label(f, at, false));
            }
            boolean sameSentence = at.sentence() != null && at.sentence() == lastSentence;
            Mention topic = topics.at(at.block(), absolute(at));
            Mention owner = owner(f, at, topic);
            Nature nature = NatureFinder.find(f.modality(), at.s(), at.clauseStart(), at.numberStart(),
                    owner == null ? SubjectKind.ZONE : owner.kind(), doc.published());
            if (owner != null && owner.reference() && owner.kind() == SubjectKind.PROJECT) {
                Mention named = lastNamedProject(doc.blocks(), at.block(), absolute(at), projects);
                owner = named != null ? named : owner; // "目前项目建设已完成95%": the project named before
            }
            if (nature == Nature.POLICY) {
                // a grant standard is the issuer's policy, not the beneficiary's figure
                owner = topic != null && topic.kind() == SubjectKind.ZONE ? null : topic;
            }
            SubjectKind kind = owner == null ? SubjectKind.ZONE : owner.kind();
            TimeKinds.Time time = time(f, at, kind, nature);
            if (sameSentence && lastTime != null && time.period() == null && isShareOfTheLast(f, at)) {
                time = lastTime; // 已敷设460公里，占总任务量的87%: the share is as of when its part is
            }
            lastTime = time;
            if (time.kind() == PeriodKind.NONE && nature == Nature.ACHIEVED) {
                nature = Nature.ATTRIBUTE; // 总投资5亿元的…项目: what the project is, not what was done
            }
            String name = owner != null ? owner.name()
                    : nature == Nature.POLICY ? null : departments.at(at.block());
            return f.withScope(kind, name).withNature(nature)
                    .withTime(time.kind(), time.period(), time.asOf()).withMetric(label(f, at, sameSentence));
        }

        /** "…，占总任务量的87%": a share whose clause opens with 占, of the figure just before it. */
        private static boolean isShareOfTheLast(Figure f, Place at) {
            return "%".equals(f.unit()) && SHARE_OPENING.matcher(at.s().substring(at.clauseStart(), at.numberStart())).find();
        }

        /** The sentences of the figure's block that run into its sentence with a semicolon. */
        private String runOn(Place at) {
            List<Sentence> list = sentences.get(at.block());
            int i = list == null || at.sentence() == null ? -1 : list.indexOf(at.sentence());
            StringBuilder lead = new StringBuilder();
            for (int k = i - 1; k >= 0 && endsWithSemicolon(list.get(k)); k--) {
                lead.insert(0, list.get(k).norm());
            }
            return lead.toString();
        }

        /** The figure's time, with what the document as a whole says about undated results. */
        private TimeKinds.Time time(Figure f, Place at, SubjectKind kind, Nature nature) {
            TimeKinds.At where = new TimeKinds.At(at.s(), at.clauseStart(), at.numberStart(), runOn(at));
            TimeKinds.Time time = TimeKinds.find(f, where, kind, nature, doc.published(), doc.year());
            if (time.kind() != PeriodKind.FLOW || nature != Nature.ACHIEVED && nature != Nature.PROSPECTS) {
                return time;
            }
            Period span = campaigns.span(at.s(), time.period());
            if (span == null) {
                span = framings.at(at.block()); // "今年以来，该局…" above: what the sub-article lists was done this year
            }
            if (span == null && "report".equals(doc.publishedHow()) && doc.year() > 0) {
                span = Period.year(doc.year()); // "2015年工作总结": what it reports as done undated was done in 2015
            }
            return new TimeKinds.Time(PeriodKind.FLOW, span, null);
        }

        /** The label, completed; a bare 总投资 after a count of projects in its sentence is that count's total. */
        private String label(Figure f, Place at, boolean sameSentence) {
            String label = Labels.complete(f.metric(), at.s(), at.clauseStart(), at.textStart(), at.numberStart(),
                    at.textEnd());
            if (sameSentence && lastCount != null && BARE_TOTAL.matcher(label).matches()) {
                label = lastCount + label; // 集中开工5个项目,总投资32.1亿元 → 集中开工项目总投资
            }
            lastCount = label.endsWith("项目") && COUNT_UNIT.matcher(f.unit()).matches() ? label : null;
            return label;
        }

        private static int absolute(Place at) {
            return at.textStart() + (at.sentence() == null ? 0 : at.sentence().from());
        }

        /** The owner the sentence gives, else the one the sentences before it gave, else the topic. */
        private Mention owner(Figure f, Place at, Mention topic) {
            Mention owner = ScopeResolver.owner(f, at.s(), at.numberStart(), at.numberEnd(), topic, districtDocument,
                    aliases);
            Mention fallback = topic != null && topic.kind() != SubjectKind.ZONE ? topic : null;
            boolean named = owner != null && owner != fallback; // named in this very sentence
            boolean inherited = false;
            Sentence sentence = at.sentence();
            boolean bodyGoesOn = lastOwner != null && (lastOwner.kind() == SubjectKind.OTHER
                    || lastOwner.kind() == SubjectKind.ENTERPRISE) && endsWithSemicolon(lastSentence);
            if (owner == fallback && sentence != null && lastSentence != null && sentence != lastSentence
                    && lastOwner != fallback && lastOwner != null
                    && (lastSentence.block() == sentence.block() && bodyGoesOn
                        && !Openings.turnsToNewPoint(at.s())
                        || goesOn(lastSentence, lastBlock, sentence, at.block()) && SUBJECTLESS.matcher(at.s()).lookingAt())) {
                // "盈创动力累计为…提供担保贷款；股权投资项目逾300个": a body's list of results goes on past ；,
                // and a sentence that opens with what was done has the last one's subject
                owner = lastOwner;
                inherited = true;
            }
            if (sentence != null && sentence == lastSentence && lastInherited && owner == fallback && lastOwner != null) {
                owner = lastOwner; // the rest of a sentence whose subject came from the one before
                inherited = true;
            }
            if (sentence != null && sentence == lastSentence && owner == fallback && bodyNamedEarlier(at)) {
                owner = lastOwner; // 盈创动力累计为1900余家企业提供担保…，为940余家企业提供…: the body goes on
            }
            if (sentence != null && sentence == lastSentence && lastOwner != null && lastOwner.collection()
                    && lastOwner.kind() == SubjectKind.OTHER && owner == fallback && f.unit().equals(lastUnit)) {
                owner = lastOwner; // 9只私募基金,总规模74.36亿元,到位10.84亿元: the funds' figures go on
            }
            lastSentence = sentence;
            lastBlock = at.block();
            lastInherited = inherited;
            lastNamed = named && !inherited;
            lastOwner = owner;
            lastUnit = f.unit();
            return owner;
        }

        /**
         * Whether the last figure's owner is a body (an institution or firm) named earlier in this same
         * sentence, with no mention of the zone between it and this figure.
         */
        private boolean bodyNamedEarlier(Place at) {
            if (lastOwner == null || !lastNamed || lastOwner.collection() || lastOwner.reference()
                    || lastOwner.kind() != SubjectKind.OTHER && lastOwner.kind() != SubjectKind.ENTERPRISE
                    || lastOwner.end() > at.numberStart()) {
                return false;
            }
            for (Mention m : Mentions.find(at.s())) {
                if (m.kind() == SubjectKind.ZONE && m.start() >= lastOwner.end() && m.start() < at.numberStart()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a sentence can carry on the subject of an earlier one: in the same paragraph, or at the
         * start of the next paragraph when nothing but that paragraph break stands between them
         * ("沙文园目前主、次干道路网基本完成…。" / "已铺设电力管网134.8公里…").
         */
        private boolean goesOn(Sentence last, int lastIndex, Sentence now, int index) {
            if (last.block() == now.block()) {
                return true;
            }
            List<Block> blocks = doc.blocks();
            Block b = blocks.get(index);
            return lastIndex == index - 1 && now.from() == 0 && b.type() == BlockType.PARAGRAPH
                    && last.block().type() == BlockType.PARAGRAPH && last.block().article() == b.article();
        }

        private Place locate(Figure f) {
            List<Block> blocks = doc.blocks();
            int bi = blockOf(blocks, f.start());
            if (bi < 0) {
                return null;
            }
            Block b = blocks.get(bi);
            int from = local(b, f.start());
            int to = Math.max(from, local(b, Math.max(f.start(), f.end() - 1)) + 1);
            Sentence sentence = sentenceAt(sentences.computeIfAbsent(bi, k -> SentenceSplitter.split(b, k)), from);
            int base = sentence == null ? 0 : sentence.from();
            String s = sentence == null ? b.norm() : sentence.norm();
            int textStart = Math.max(0, from - base);
            int textEnd = Math.min(s.length(), to - base);
            int numberStart = numberStart(s, textStart, textEnd);
            int numberEnd = textEnd;
            String metric = CharNormalizer.normalize(f.metric());
            if (numberEnd - metric.length() > numberStart && s.startsWith(metric, numberEnd - metric.length())) {
                numberEnd -= metric.length(); // "410余万元推进…": the words after the number are its label, not its owner
            }
            return new Place(bi, sentence, s, textStart, textEnd, numberStart, numberEnd, Clauses.start(s, numberStart));
        }
    }

    /** "现有职工1680名，其中医生592人": a part is counted when and as its whole is. */
    private static List<Figure> partsAsTheirWhole(List<Figure> figures) {
        Map<String, Figure> byId = new HashMap<>();
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Figure whole = "part".equals(f.role()) && f.parentId() != null ? byId.get(f.parentId()) : null;
            if (whole != null && whole.periodKind() == PeriodKind.STOCK && f.periodKind() != PeriodKind.STOCK
                    && f.nature() == Nature.ACHIEVED) {
                f = f.withTime(PeriodKind.STOCK, whole.period(), whole.asOf());
            }
            byId.put(f.id(), f);
            out.add(f);
        }
        return out;
    }

    private static boolean endsWithSemicolon(Sentence s) {
        String t = s.norm().strip();
        return t.endsWith("；") || t.endsWith(";");
    }

    /** The last project named by name before {@code offset} of block {@code bi}, or in the two blocks before it. */
    private static Mention lastNamedProject(List<Block> blocks, int bi, int offset, Map<Integer, List<Mention>> cache) {
        for (int k = bi; k >= Math.max(0, bi - 2); k--) {
            if (blocks.get(k).article() != blocks.get(bi).article()) {
                break;
            }
            List<Mention> ms = cache.computeIfAbsent(k, i -> Mentions.find(blocks.get(i).norm()).stream()
                    .filter(m -> m.kind() == SubjectKind.PROJECT && m.name() != null && m.canOwn()).toList());
            for (int i = ms.size() - 1; i >= 0; i--) {
                if (k < bi || ms.get(i).end() <= offset) {
                    return ms.get(i);
                }
            }
        }
        return null;
    }

    private static int blockOf(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && offset < blocks.get(found).end() ? found : -1;
    }

    /** The index in the block's text of the first character at or after original offset {@code offset}. */
    private static int local(Block b, int offset) {
        int lo = 0;
        int hi = b.text().length() - 1;
        int found = b.text().length() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (b.originalOffset(mid) >= offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return Math.max(0, found);
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int at) {
        // a block's sentences follow one another, so halving finds the one holding at
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.from()) {
                hi = mid - 1;
            } else if (at >= s.to()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }

    /** Where the number of a figure's words starts: its last run of digits, else its first numeral. */
    private static int numberStart(String s, int from, int to) {
        int a = Math.max(0, Math.min(from, s.length()));
        int b = Math.max(a, Math.min(to, s.length()));
        int lastDigit = -1;
        for (int i = b - 1; i >= a; i--) {
            if (Character.isDigit(s.charAt(i))) {
                lastDigit = i;
                while (lastDigit > a && (Character.isDigit(s.charAt(lastDigit - 1)) || s.charAt(lastDigit - 1) == '.')) {
                    lastDigit--;
                }
                return lastDigit;
            }
        }
        for (int i = a; i < b; i++) {
            if ("零〇一二两三四五六七八九十百千".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return a;
    }

}
