package io.zonebrief.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation and parts of speech (HanLP, the light Viterbi segmenter without name
 * recognition) for the few characters around a number, so labels are trimmed at word boundaries:
 * "在校师生" keeps its 在, "新建占地" loses its verb.
 */
public final class Words {

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(false);

    /** A word and its part of speech (HanLP's tag set: n noun, v verb, t time, d adverb…). */
    public record Word(String text, String pos, int start) {
        public int end() {
            return start + text.length();
        }
    }

    private Words() {
    }

    /**
     * The words of {@code s}. The same short texts are cut again and again (the words before each
     * name, a label tried several ways), so the words of recent texts are kept.
     */
    public static List<Word> of(String s) {
        return RECENT.get(s);
    }

    private static final Recent<String, List<Word>> RECENT = Recent.of(Words::segment, 1024);

    private static List<Word> segment(String s) {
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (Term t : SEGMENT.seg(s)) {
            out.add(new Word(t.word, t.nature == null ? "" : t.nature.toString(), at));
            at += t.word.length();
        }
        return List.copyOf(out);
    }

    /** True when {@code offset} falls between two words of {@code words} (or at either end). */
    public static boolean boundary(List<Word> words, int offset) {
        if (offset == 0) {
            return true;
        }
        for (Word w : words) {
            if (w.end() == offset) {
                return true;
            }
        }
        return false;
    }
}
