package io.kling4j.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.kling4j.generated.rules.KlingRules;
import io.kling4j.generated.rules.Violation;
import io.kling4j.spec.KlingSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Validates whole requests (path, method, headers, body) against the project's OpenAPI spec, the single source
 * of truth, using swagger-request-validator. Loading the spec is the slow part (hundreds of milliseconds on a cold
 * JVM) and the spec is a constant classpath resource, so it is loaded once per JVM, in the background, and the
 * instance is shared by every sandbox and request thread. Body fields the spec does not know are accepted and
 * ignored, as the spec's request schemas allow (docs/spec-conventions.md, "Unknown fields and ids").
 */
final class SpecValidator {
    private static final Object LOCK = new Object();
    private static CompletableFuture<SpecValidator> shared;

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** @return the JVM-wide validator, whose loading starts on a daemon thread at the first call */
    static CompletableFuture<SpecValidator> shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = CompletableFuture.supplyAsync(SpecValidator::load,
                        SandboxThreads.daemonRunner("spec-loader"));
            }
            return shared;
        }
    }

    /** Parses the spec from the classpath and warms the validator up with the spec's own example request. */
    static SpecValidator load() {
        SpecValidator loaded = new SpecValidator(
                OpenApiInteractionValidator.createForInlineApiSpecification(KlingSpec.text())
                        .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored()).build());
        loaded.validate("POST", TaskEndpoint.all().get(0).path(), Map.of("Content-Type", List.of(Exchanges.JSON)),
                "{\"prompt\":\"warm-up\"}");
        return loaded;
    }

    /**
     * @param method  HTTP method
     * @param path    request path (no query)
     * @param headers request headers
     * @param body    request body, or {@code null} when there is none
     * @return one {@code field: problem} text per error; empty when the request conforms to the spec
     */
    List<String> validate(String method, String path, Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        headers.forEach(builder::withHeader);
        if (body != null) {
            builder.withBody(body);
        }
        List<String> problems = ValidationMessages.describe(validator.validateRequest(builder.build()));
        if (!problems.isEmpty() || body == null) {
            return problems;
        }
        return perModelRules(method, path, body);
    }

    /**
     * Once the request matches its schema, RunAPI's per-model rules from the spec's {@code x-kling-models}: the same
     * generated rules the facade runs before sending, so client and sandbox give the same verdict.
     */
    private static List<String> perModelRules(String method, String path, String body) {
        return KlingRules.bodySchema(method, path).map(schema -> {
            try {
                return KlingRules.checkModel(schema, Json.MAPPER.readTree(body)).stream()
                        .map(Violation::message).toList();
            } catch (JsonProcessingException e) {
                return List.of("body: malformed JSON");
            }
        }).orElse(List.of());
    }
}
