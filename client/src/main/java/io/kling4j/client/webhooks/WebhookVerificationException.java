package io.kling4j.client.webhooks;

import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;

/**
 * A webhook did not carry a valid Standard Webhooks signature (missing or malformed headers, a timestamp outside
 * the tolerance, or no matching {@code v1} signature). Answer such a request with 400 or 401 and ignore its body.
 * The message never contains the secret or a signature.
 */
public class WebhookVerificationException extends KlingException {
    /** @param message what is wrong with the delivery */
    public WebhookVerificationException(String message) {
        super(message, ErrorDetails.none(), null);
    }
}
