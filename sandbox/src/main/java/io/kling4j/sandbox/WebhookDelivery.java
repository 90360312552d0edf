package io.kling4j.sandbox;

/**
 * What became of one task's {@code callback_url}, as listed by {@link KlingSandbox#webhookDeliveries()}.
 *
 * @param taskId     the finished task
 * @param url        its {@code callback_url}
 * @param outcome    where the delivery stands
 * @param attempts   how many POSTs were sent so far
 * @param lastStatus the HTTP status of the last answer, or 0 when there was none (refused, or no response)
 */
public record WebhookDelivery(String taskId, String url, Outcome outcome, int attempts, int lastStatus) {
    /** Where a delivery stands. */
    public enum Outcome {
        /** Being sent, or waiting for a retry. */
        SENDING,
        /** A POST was answered with a 2xx status. */
        DELIVERED,
        /** Every attempt failed (no answer, or a status other than 2xx). */
        FAILED,
        /** Not sent: the URL is not a loopback address, and the sandbox never calls out. */
        REFUSED
    }
}
