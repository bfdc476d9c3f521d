package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewTimeTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("2024-01~2024-06", new ReviewTime(PeriodKind.FLOW, Period.of(2024, 1, 6), null)),
                Arguments.of("2024-1～2024-9", new ReviewTime(PeriodKind.FLOW, Period.of(2024, 1, 9), null)),
                Arguments.of("2023-07至2024-06", new ReviewTime(PeriodKind.FLOW,
                        new Period(YearMonth.of(2023, 7), YearMonth.of(2024, 6)), null)),
                Arguments.of("2024", new ReviewTime(PeriodKind.FLOW, Period.year(2024), null)),
                Arguments.of("2024-09", new ReviewTime(PeriodKind.FLOW, Period.month(2024, 9), null)),
                Arguments.of("截至2024-06", new ReviewTime(PeriodKind.STOCK, null, YearMonth.of(2024, 6))),
                Arguments.of(" 无 ", new ReviewTime(PeriodKind.NONE, null, null)));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void readsWhatTheDetailsSheetShows(String text, ReviewTime expected) {
        assertEquals(expected, ReviewTime.parse(text));
        assertEquals(expected, ReviewTime.parse(expected.toString()), "its own words read back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"上半年", "2024-13", "2024-06~2024-01", "截至六月", "2024/06"})
    void refusesWhatIsNoPeriod(String text) {
        assertThrows(IllegalArgumentException.class, () -> ReviewTime.parse(text));
    }
}
