package io.kling4j.sandbox;

/**
 * A matched API path: what it does, the one method it accepts and, for task routes, the endpoint and task id.
 *
 * @param kind     the operation
 * @param endpoint the task endpoint of {@link Kind#CREATE_TASK} and {@link Kind#GET_TASK}, else {@code null}
 * @param taskId   the task id of {@link Kind#GET_TASK} (the result id of {@link Kind#TASK_RESULT}), else
 *                 {@code null}
 */
record ApiRoute(Kind kind, TaskEndpoint endpoint, String taskId) {
    /** Path of the file upload. */
    static final String FILES = "/api/v1/files";
    /** Path of the account information. */
    static final String ME = "/api/v1/me";
    /** Path prefix of the results of creates answered 202 Accepted. */
    static final String TASK_RESULTS = "/api/v1/task_results/";
    /** Path of the account balance. */
    static final String BALANCE = "/api/v1/me/balance";
    /** Path of the price list. */
    static final String PRICE_SCHEDULES = "/api/v1/price_schedules";
    /** Path of the price quotes. */
    static final String PRICE_QUOTES = "/api/v1/price_quotes";

    /** The operations of the API server. */
    enum Kind {
        CREATE_TASK("POST"), GET_TASK("GET"), TASK_RESULT("GET"), UPLOAD_FILE("POST"), ACCOUNT("GET"),
        BALANCE("GET"), PRICE_SCHEDULES("GET"), PRICE_QUOTE("POST");

        private final String method;

        Kind(String method) {
            this.method = method;
        }
    }

    /** @return the route of {@code path} (raw, without query), or {@code null} when no route matches */
    static ApiRoute of(String path) {
        switch (path) {
            case FILES:
                return new ApiRoute(Kind.UPLOAD_FILE, null, null);
            case ME:
                return new ApiRoute(Kind.ACCOUNT, null, null);
            case BALANCE:
                return new ApiRoute(Kind.BALANCE, null, null);
            case PRICE_SCHEDULES:
                return new ApiRoute(Kind.PRICE_SCHEDULES, null, null);
            case PRICE_QUOTES:
                return new ApiRoute(Kind.PRICE_QUOTE, null, null);
            default:
                if (path.startsWith(TASK_RESULTS)) {
                    String id = path.substring(TASK_RESULTS.length());
                    return id.isEmpty() || id.contains("/") ? null : new ApiRoute(Kind.TASK_RESULT, null, id);
                }
                return taskRoute(path);
        }
    }

    /** @return whether the route answers without a key (RunAPI's pricing is public; a key sent must be valid) */
    static boolean keyOptional(String path) {
        return PRICE_SCHEDULES.equals(path) || PRICE_QUOTES.equals(path);
    }

    /** @return the only method this route accepts */
    String method() {
        return kind.method;
    }

    private static ApiRoute taskRoute(String path) {
        if (!path.startsWith(TaskEndpoint.PREFIX)) {
            return null;
        }
        String rest = path.substring(TaskEndpoint.PREFIX.length());
        int slash = rest.indexOf('/');
        TaskEndpoint endpoint = TaskEndpoint.fromSegment(slash < 0 ? rest : rest.substring(0, slash)).orElse(null);
        if (endpoint == null) {
            return null;
        }
        if (slash < 0) {
            return new ApiRoute(Kind.CREATE_TASK, endpoint, null);
        }
        String id = rest.substring(slash + 1);
        return id.isEmpty() || id.contains("/") ? null : new ApiRoute(Kind.GET_TASK, endpoint, id);
    }
}
