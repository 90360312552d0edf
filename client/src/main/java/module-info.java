/**
 * kling4j's Java client: the facade, the generated typed surface, and kling4j's own result and error types.
 * {@code io.kling4j.client.internal} is not exported: it is the core's implementation, not API.
 */
module io.kling4j.client {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires io.kling4j.generated;

    exports io.kling4j.client;
    exports io.kling4j.client.errors;
    exports io.kling4j.client.model;
    exports io.kling4j.client.webhooks;
}
