/**
 * The client generated from the spec (models, per-model rules) that kling4j's core uses internally. Only the
 * client module reads it; it is not kling4j's API.
 */
module io.kling4j.generated {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static jakarta.annotation;
    requires java.net.http;

    exports io.kling4j.generated to io.kling4j.client;
    exports io.kling4j.generated.api to io.kling4j.client;
    exports io.kling4j.generated.model to io.kling4j.client;
    exports io.kling4j.generated.rules to io.kling4j.client;

    opens io.kling4j.generated.model to com.fasterxml.jackson.databind;
}
