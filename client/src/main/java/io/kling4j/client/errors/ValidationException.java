package io.kling4j.client.errors;

import java.util.List;

/**
 * A request breaks a rule: either RunAPI answered 400 or 422, or the facade found the problem before sending
 * (then {@link #status()} is 0, nothing was sent, and {@link #violations()} lists every broken rule at once).
 */
public class ValidationException extends ApiErrorException {
    private final transient List<FieldViolation> violations;

    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ValidationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
        this.violations = List.of();
    }

    /**
     * A request rejected locally, before any HTTP call.
     *
     * @param violations every broken rule (at least one)
     */
    public ValidationException(List<FieldViolation> violations) {
        super(describe(violations), ErrorDetails.none(), null);
        this.violations = List.copyOf(violations);
    }

    /** @return the broken rules found locally; empty when the error came from RunAPI */
    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder s = new StringBuilder("the request breaks ").append(violations.size())
                .append(violations.size() == 1 ? " rule" : " rules").append(" of the spec; nothing was sent:");
        for (FieldViolation v : violations) {
            s.append("\n  - ").append(v.message());
        }
        return s.toString();
    }
}
