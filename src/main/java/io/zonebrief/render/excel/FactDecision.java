package io.zonebrief.render.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a reviewer decided about one fact on a zone sheet: accept it, undo the merge of the figures
 * behind it, reject it, or take its value where facts conflict. This class is immutable.
 *
 * @param factId   id of the fact (the zone sheet's 编号 column, {@code F:…})
 * @param action   what to do with it
 * @param reviewer who reviewed the row (审核人), or null
 * @param note     the reviewer's note (审核备注), or null
 */
public record FactDecision(String factId, Action action, String reviewer, String note) {

    /** The choices of a zone sheet's review dropdown, with the words it shows. */
    public enum Action {
        /** The fact stands as merged. */
        ACCEPT("采纳"),
        /** The figures behind it are not one fact: each becomes a fact of its own. */
        SPLIT("拆分"),
        /** The fact leaves the zone's facts; its figures stay on the details sheet. */
        REJECT("删除"),
        /** Of facts that conflict (same measure and period, other values), this one's value holds. */
        PICK("采用此值");

        private final String word;

        Action(String word) {
            this.word = word;
        }

        /** The dropdown's word for this choice. */
        public String word() {
            return word;
        }

        /** The dropdown's words, in choice order. */
        static List<String> words() {
            return Arrays.stream(values()).map(Action::word).toList();
        }
    }

    public FactDecision {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(action, "action");
    }
}
