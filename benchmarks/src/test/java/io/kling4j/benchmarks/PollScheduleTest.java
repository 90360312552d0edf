package io.kling4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.kling4j.client.WaitOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    @Test
    void fixedTwoSecondsSeesA31SecondTaskAtTheSeventeenthPollOneSecondLate() {
        // polls at 0, 2, ..., 32 s
        assertArrayEquals(new long[] {17, 1000}, PollSchedule.fixed(Duration.ofSeconds(2)).model(Duration.ofSeconds(31)));
    }

    @Test
    void facadeDefaultIsTheProposedSchedule() {
        // polls at 0, 2, 4, 6, 8, 10, 15, 20, 25, 27, 29, 31 s
        assertArrayEquals(new long[] {12, 0},
                PollSchedule.of("default", WaitOptions.defaults()).model(Duration.ofSeconds(31)));
    }

    @Test
    void proposedPollsSparselyBetweenTenAndTwentyFiveSeconds() {
        // polls at 0, 2, 4, 6, 8, 10, 15, 20, 25, 27, 29, 31 s
        assertArrayEquals(new long[] {12, 0}, PollSchedule.proposed().model(Duration.ofSeconds(31)));
    }
}
