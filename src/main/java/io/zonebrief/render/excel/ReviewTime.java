package io.zonebrief.render.excel;

import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.render.FactWords;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's 修正时期 cell: a span of months for an amount over a period ({@code 2024-01~2024-06},
 * a year {@code 2024} or a month {@code 2024-09}), {@code 截至2024-06} for a level as of a month, or
 * {@code 无} for a figure that has no period. The same words the details sheet's 起始月份, 截止月份 and
 * 截至 columns show, so a reviewer can copy them. This class is immutable.
 *
 * @param kind   flow, stock or none
 * @param period the months of a flow, else null
 * @param asOf   the month of a stock, else null
 */
public record ReviewTime(PeriodKind kind, Period period, YearMonth asOf) {

    /** How the prompt on the column describes what may be typed. */
    static final String FORMS = "2024-01~2024-06（期间）、2024（全年）、截至2024-06（时点）或 无（无期间）";

    private static final Pattern SPAN = Pattern.compile("(\\d{4}-\\d{1,2})\\s*[~～至—–-]\\s*(\\d{4}-\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止)\\s*(\\d{4}-\\d{1,2})");

    /**
     * Reads the cell's text.
     *
     * @throws IllegalArgumentException saying what was expected, when the text is none of the forms
     */
    static ReviewTime parse(String text) {
        String t = text.strip();
        if (t.equals("无") || t.equals(FactWords.NO_TIME)) {
            return new ReviewTime(PeriodKind.NONE, null, null);
        }
        try {
            Matcher m = AS_OF.matcher(t);
            if (m.matches()) {
                return new ReviewTime(PeriodKind.STOCK, null, month(m.group(1)));
            }
            m = SPAN.matcher(t);
            if (m.matches()) {
                YearMonth from = month(m.group(1));
                YearMonth to = month(m.group(2));
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("ends before it starts");
                }
                return new ReviewTime(PeriodKind.FLOW, new Period(from, to), null);
            }
            if (MONTH.matcher(t).matches()) {
                YearMonth at = month(t);
                return new ReviewTime(PeriodKind.FLOW, new Period(at, at), null);
            }
            if (YEAR.matcher(t).matches()) {
                return new ReviewTime(PeriodKind.FLOW, Period.year(Integer.parseInt(t)), null);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("has no such month");
        }
        throw new IllegalArgumentException("must be " + FORMS);
    }

    private static YearMonth month(String text) {
        String[] parts = text.split("-");
        int month = Integer.parseInt(parts[1]);
        if (month < 1 || month > 12) {
            throw new DateTimeParseException("month", text, 0);
        }
        return YearMonth.of(Integer.parseInt(parts[0]), month);
    }

    /** The words the cell would show for this time. */
    @Override
    public String toString() {
        return switch (kind) {
            case FLOW -> period.from() + "~" + period.to();
            case STOCK -> "截至" + asOf;
            case NONE -> "无";
        };
    }
}
