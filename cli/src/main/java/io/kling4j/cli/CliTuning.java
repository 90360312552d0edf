package io.kling4j.cli;

import io.kling4j.client.PollSchedule;
import io.kling4j.client.RetryPolicy;
import java.time.Clock;

/**
 * What tests change to run the CLI quickly: the poll schedule of waits, the retry policy and the clock of wait
 * deadlines. Null keeps the client's defaults (the real command always uses them).
 *
 * @param poll  poll schedule of every wait, or null
 * @param retry retry policy of every call, or null
 * @param clock time source of wait deadlines, or null
 */
record CliTuning(PollSchedule poll, RetryPolicy retry, Clock clock) {
    static final CliTuning DEFAULT = new CliTuning(null, null, null);
}
