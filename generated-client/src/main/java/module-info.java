/**
 * The client generated from the spec: its models (read by kling4j's core, the sandbox and the tests) and the
 * per-model rule engine. kling4j's API is module {@code io.kling4j.client}, which does not expose these types.
 */
module io.kling4j.generated {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static jakarta.annotation;
    requires java.net.http;

    exports io.kling4j.generated;
    exports io.kling4j.generated.api;
    exports io.kling4j.generated.model;
    exports io.kling4j.generated.rules;

    opens io.kling4j.generated.model to com.fasterxml.jackson.databind;
}
