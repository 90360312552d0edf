package io.kling4j.client;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A RunAPI Kling task endpoint: {@code POST /api/v1/kling/<segment>} creates a task, {@code GET .../<segment>/{id}}
 * returns it. The endpoints come from the spec at build time ({@link #values()}); a task id is only valid on the
 * endpoint that created it. Value-based: compare with {@link #equals(Object)}.
 */
public final class Endpoint {
    private final String segment;
    private final String createPath;
    private final String requestSchema;
    private final String command;
    private final int order;
    private final String createOperation;

    Endpoint(String segment, String createPath, String requestSchema, String command, int order) {
        this.order = order;
        this.segment = segment;
        this.createPath = createPath;
        this.requestSchema = requestSchema;
        this.command = command;
        this.createOperation = "create " + segment;
    }

    /** @return every task endpoint the spec declares, in spec order */
    public static List<Endpoint> values() {
        return KlingResources.ENDPOINTS;
    }

    /**
     * @param name a path segment ({@code <segment>} of {@code /api/v1/kling/<segment>}), its kebab-case form, the
     *     CLI command (the spec's {@code x-kling-cli-name}) or the constant-style name (the segment in upper case)
     * @return the endpoint
     * @throws IllegalArgumentException naming the accepted values when none matches
     */
    public static Endpoint of(String name) {
        Objects.requireNonNull(name, "name");
        for (Endpoint e : values()) {
            if (e.segment.equalsIgnoreCase(name) || e.segment.replace('_', '-').equalsIgnoreCase(name)
                    || e.command.equalsIgnoreCase(name)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Endpoint e : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.segment);
        }
        throw new IllegalArgumentException("endpoint must be one of " + names + " (was " + name + ")");
    }

    /**
     * Same as {@link #of(String)}.
     *
     * @param value a name of the endpoint
     * @return the endpoint
     */
    public static Endpoint parse(String value) {
        return of(value);
    }

    /** @return the path segment after {@code /api/v1/kling/} */
    public String path() {
        return segment;
    }

    /** @return the create path, {@code /api/v1/kling/<segment>} */
    public String createPath() {
        return createPath;
    }

    /** @return how error messages name a create on this endpoint: {@code create <segment>} (made once) */
    String createOperation() {
        return createOperation;
    }

    /** @return the name of the request schema in the spec, e.g. {@code TextToVideoRequest} */
    public String requestSchema() {
        return requestSchema;
    }

    /** @return the {@code kling} CLI command, e.g. {@code text-to-video} or {@code avatar} */
    public String command() {
        return command;
    }

    /** @return the constant-style name: the segment in upper case */
    public String name() {
        return segment.toUpperCase(Locale.ROOT);
    }

    int order() {
        return order;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint other && segment.equals(other.segment);
    }

    @Override
    public int hashCode() {
        return segment.hashCode();
    }

    /** @return the path segment */
    @Override
    public String toString() {
        return segment;
    }
}
