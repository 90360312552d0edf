package io.kling4j.cli;

import io.kling4j.client.PollSchedule;
import io.kling4j.client.RetryPolicy;

/**
 * What tests change to run the CLI quickly: the poll schedule of waits and the retry policy. Null keeps the
 * client's defaults (the real command always uses them).
 *
 * @param poll  poll schedule of every wait, or null
 * @param retry retry policy of every call, or null
 */
record CliTuning(PollSchedule poll, RetryPolicy retry) {
    static final CliTuning DEFAULT = new CliTuning(null, null);
}
