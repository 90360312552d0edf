package io.kling4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.TaskParams;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.generated.rules.KlingRules;
import io.kling4j.generated.rules.Violation;
import java.io.IOException;
import java.util.List;

/**
 * Runs the spec's rules (schema constraints and per-model rules, generated into {@link KlingRules}) on a
 * request before it is sent, so a bad request fails fast with every broken rule and no HTTP call.
 */
public final class RequestRules {
    private final ObjectMapper mapper;

    /** @param mapper the mapper the generated client serialises requests with */
    public RequestRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param params the request and its endpoint
     * @throws ValidationException listing every broken rule
     */
    public void check(TaskParams params) {
        checked(params);
    }

    /**
     * @param params the request and its endpoint
     * @return its JSON body, written from the tree the rules checked (one serialisation for both)
     * @throws ValidationException listing every broken rule
     * @throws IOException when the checked tree cannot be written
     */
    public byte[] checkedBody(TaskParams params) throws IOException {
        return mapper.writeValueAsBytes(checked(params));
    }

    private JsonNode checked(TaskParams params) {
        JsonNode body = mapper.valueToTree(params.fields());
        List<Violation> violations = KlingRules.check(params.endpoint().requestSchema(), body);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.stream()
                    .map(v -> new FieldViolation(v.field(), v.value(), v.model(), v.rule())).toList());
        }
        return body;
    }
}
