package io.kling4j.cli;

/**
 * A failure the CLI explains itself: one line, an exit code and, when paid work exists, the command that
 * finishes the job (printed on its own line so that it can be copied as is).
 */
final class CliException extends RuntimeException {
    private final int exitCode;
    private final String next;

    /**
     * @param exitCode the documented exit code
     * @param message  one short line
     * @param next     the command to run next (already quoted for a POSIX shell), or null
     * @param cause    the underlying failure, or null
     */
    CliException(int exitCode, String message, String next, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.next = next;
    }

    static CliException invalid(String message) {
        return new CliException(ExitCodes.INVALID, message, null, null);
    }

    int exitCode() {
        return exitCode;
    }

    /** @return the line that says how to finish the job, or null */
    String next() {
        return next;
    }
}
