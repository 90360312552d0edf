package io.kling4j.cli;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.errors.WaitTimeoutException;
import java.util.stream.Collectors;

/** One clear line per error: what happened and what to do. */
final class Errors {
    private Errors() {
    }

    static String oneLine(Throwable e) {
        if (e instanceof ValidationException v && !v.violations().isEmpty()) {
            return "invalid request: " + v.violations().stream().map(FieldViolation::message)
                    .collect(Collectors.joining("; ")) + " (fix the option; rules per model: kling models, docs/models.md)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", "; ") + hint(e);
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
