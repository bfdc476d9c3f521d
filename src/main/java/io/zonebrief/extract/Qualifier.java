package io.zonebrief.extract;

/**
 * How exact a figure's number is, as the article says it: 余/多/超 mean more than, 近 nearly, 约 about.
 */
public enum Qualifier {
    EXACT(""), MORE_THAN(">"), NEARLY("<~"), ABOUT("~");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in summary.json: "", "&gt;", "&lt;~" or "~". */
    public String symbol() {
        return symbol;
    }

    /** The Chinese word a briefing shows for it ("余", "近", "约"), empty for an exact number. */
    public String word() {
        return switch (this) {
            case EXACT -> "";
            case MORE_THAN -> "余";
            case NEARLY -> "近";
            case ABOUT -> "约";
        };
    }
}
