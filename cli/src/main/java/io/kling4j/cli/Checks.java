package io.kling4j.cli;

/** Range checks of numeric options, run before anything is sent. */
final class Checks {
    /** Longest {@code --request-timeout}: an hour. */
    static final int MAX_REQUEST_TIMEOUT = 3600;

    private Checks() {
    }

    static void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw CliException.invalid(option + " = " + value + ": must be " + min + " to " + max);
        }
    }

    static void requestTimeout(Integer seconds) {
        if (seconds != null) {
            range("--request-timeout", seconds, 1, MAX_REQUEST_TIMEOUT);
        }
    }

    static void idempotencyKey(String key) {
        if (key.isEmpty() || key.length() > 512 || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw CliException.invalid("--idempotency-key: must be 1 to 512 printable ASCII characters");
        }
    }
}
