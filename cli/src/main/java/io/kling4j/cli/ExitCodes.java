package io.kling4j.cli;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.PermissionDeniedException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.errors.WaitTimeoutException;

/**
 * The exit codes scripts switch on; the same numbers as RunAPI's own CLI.
 * 0 success, 1 other error, 2 authentication, 3 insufficient credits, 4 invalid input or not found,
 * 5 timeout, network, server (5xx after the retries) or download failure, 6 rate limit, 7 the task failed at the
 * model, 130 interrupted by Ctrl-C (see {@link Interrupts}).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int AUTH = 2;
    static final int CREDITS = 3;
    static final int INVALID = 4;
    static final int TIMEOUT_OR_NETWORK = 5;
    static final int RATE_LIMIT = 6;
    static final int TASK_FAILED = 7;

    private ExitCodes() {
    }

    static int of(Throwable e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof AuthenticationException || e instanceof PermissionDeniedException) {
            return AUTH;
        }
        if (e instanceof InsufficientCreditsException) {
            return CREDITS;
        }
        if (e instanceof ValidationException || e instanceof NotFoundException
                || e instanceof IllegalArgumentException) {
            return INVALID;
        }
        if (e instanceof WaitTimeoutException || e instanceof RequestTimeoutException
                || e instanceof NetworkException || e instanceof ServerException) {
            return TIMEOUT_OR_NETWORK;
        }
        if (e instanceof RateLimitException) {
            return RATE_LIMIT;
        }
        if (e instanceof TaskFailedException) {
            return TASK_FAILED;
        }
        return OTHER;
    }
}
