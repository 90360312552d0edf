package io.kling4j.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of one task create: the generated {@code <Endpoint>Params} types ({@code TextToVideoParams}), or
 * {@link #of(Endpoint, Map)} for a body built at run time (the CLI, the MCP server). Every submit checks it against
 * the spec's rules for its endpoint and model first.
 */
public interface TaskParams {
    /** @return the endpoint the body is for */
    Endpoint endpoint();

    /** @return the fields by wire name (what is sent as the JSON body) */
    Map<String, Object> fields();

    /**
     * @param endpoint the endpoint
     * @param fields the body's fields by wire name (strings, numbers, booleans, lists, maps), copied
     * @return untyped parameters for that endpoint
     */
    static TaskParams of(Endpoint endpoint, Map<String, ?> fields) {
        Objects.requireNonNull(endpoint, "endpoint");
        Map<String, Object> copy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        return new TaskParams() {
            @Override
            public Endpoint endpoint() {
                return endpoint;
            }

            @Override
            public Map<String, Object> fields() {
                return copy;
            }

            @Override
            public String toString() {
                return endpoint + copy.toString();
            }
        };
    }
}
