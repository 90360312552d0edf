package io.kling4j.cli;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.WaitTimeoutException;

/** One clear line per error: what happened and what to do. */
final class Errors {
    private Errors() {
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message + hint(e);
    }

    private static String hint(Throwable e) {
        if (e instanceof AuthenticationException) {
            return " (check RUNAPI_API_KEY; unset it to use the embedded sandbox)";
        }
        if (e instanceof InsufficientCreditsException) {
            return " (top up your RunAPI balance)";
        }
        if (e instanceof NotFoundException) {
            return " (check the task id and --endpoint; sandbox tasks vanish when the sandbox stops)";
        }
        if (e instanceof RateLimitException r) {
            return r.retryAfter().map(d -> " (retry in " + d.toSeconds() + " s)").orElse(" (retry later)");
        }
        if (e instanceof WaitTimeoutException w) {
            return " (resume with: kling wait " + w.taskId() + ")";
        }
        return "";
    }
}
