package io.zonebrief.extract;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The months a figure covers, inclusive at both ends ({@code 1—8月} of 2024 is 2024-01..2024-08).
 * This class is immutable.
 */
public record Period(YearMonth from, YearMonth to) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period must end on or after " + from + " but ended " + to);
        }
    }

    public static Period of(int year, int fromMonth, int toMonth) {
        return new Period(YearMonth.of(year, fromMonth), YearMonth.of(year, toMonth));
    }

    public static Period year(int year) {
        return of(year, 1, 12);
    }

    public static Period month(int year, int month) {
        return of(year, month, month);
    }

    /**
     * The last month an article published on {@code published} can report in full: the month before,
     * early in a month (statistics lag), else the month itself. Never before January.
     */
    public static int lastReportedMonth(java.time.LocalDate published) {
        int m = published.getDayOfMonth() <= 10 ? published.getMonthValue() - 1 : published.getMonthValue();
        return Math.max(1, m);
    }

    public int months() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    /** A short Chinese label such as "2024年1—8月", "2023年", "2024年9月". */
    public String label() {
        if (from.getYear() == to.getYear()) {
            int y = from.getYear();
            if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
                return y + "年";
            }
            if (from.equals(to)) {
                return y + "年" + from.getMonthValue() + "月";
            }
            return y + "年" + from.getMonthValue() + "—" + to.getMonthValue() + "月";
        }
        return from.getYear() + "年" + from.getMonthValue() + "月—" + to.getYear() + "年" + to.getMonthValue() + "月";
    }

    @Override
    public int compareTo(Period o) {
        int c = to.compareTo(o.to);
        return c != 0 ? c : from.compareTo(o.from);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
