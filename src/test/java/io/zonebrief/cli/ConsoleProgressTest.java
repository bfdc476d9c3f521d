package io.zonebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress bar's time left: the pace of the documents done, times the documents to come. */
class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void timeLeftFollowsThePaceSoFar() {
        assertEquals("剩余 0:45", ConsoleProgress.timeLeft(10 * SECOND, 20, 90)); // 0.5 s a document
        assertEquals("剩余 15:00", ConsoleProgress.timeLeft(100 * SECOND, 1000, 9000));
        assertEquals("剩余 2:45:00", ConsoleProgress.timeLeft(100 * SECOND, 1000, 99000));
    }

    @Test
    void noTimeLeftUntilThePaceIsKnown() {
        assertEquals("", ConsoleProgress.timeLeft(10 * SECOND, 4, 90).strip());
        assertEquals("", ConsoleProgress.timeLeft(SECOND / 2, 50, 90).strip());
    }
}
