package io.kling4j.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.model.ErrorEnvelope;

/** Reads RunAPI's error envelope {@code {"error":{"code","message"}}} out of an {@link ApiException}. */
public final class ErrorEnvelopes {
    private ErrorEnvelopes() {
    }

    public static ErrorEnvelope of(ApiException e) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(e.getResponseBody(), ErrorEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new AssertionError("not an error envelope: " + e.getResponseBody(), ex);
        }
    }
}
