package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void theDefaultFollowsTypicalGenerationTimes() {
        PollSchedule p = WaitOptions.defaults()::pollDelay;
        assertEquals(List.of(s(2), s(2), s(5), s(5), s(2), s(2), s(10)),
                IntStream.of(0, 9, 10, 24, 25, 299, 300).mapToObj(t -> p.delayAfter(0, s(t))).toList());
    }

    @Test
    void aTaskOfThirtyToOneHundredTwentySecondsNeedsFewerPollsThanFixedTwoSeconds() {
        for (int taskSeconds : new int[] {30, 60, 120}) {
            int polls = 0;
            Duration t = Duration.ZERO;
            while (t.compareTo(s(taskSeconds)) < 0) {
                t = t.plus(PollSchedule.typicalGeneration().delayAfter(polls++, t));
            }
            Duration detectionDelay = t.minus(s(taskSeconds));
            org.junit.jupiter.api.Assertions.assertTrue(polls < taskSeconds / 2 + 1, "polls " + polls);
            org.junit.jupiter.api.Assertions.assertTrue(detectionDelay.compareTo(s(2)) <= 0, "delay " + detectionDelay);
        }
    }

    @Test
    void fixedAndBackoffSchedules() {
        assertEquals(s(3), WaitOptions.builder().pollInterval(s(3)).build().pollDelay(7, s(100)));
        WaitOptions backoff = WaitOptions.builder().pollBackoff(s(1), s(5), 2.0).build();
        assertEquals(List.of(s(1), s(2), s(4), s(5)),
                IntStream.range(0, 4).mapToObj(n -> backoff.pollDelay(n, Duration.ZERO)).toList());
    }
}
