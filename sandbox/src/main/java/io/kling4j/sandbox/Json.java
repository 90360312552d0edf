package io.kling4j.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kling4j.generated.model.ErrorBody;
import io.kling4j.generated.model.ErrorEnvelope;

/**
 * The sandbox's one Jackson mapper (null fields omitted, trailing garbage rejected, date-times as ISO-8601 text)
 * and envelope helper.
 */
final class Json {
    /** Shared, thread-safe mapper. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** @return {@code value} as UTF-8 JSON bytes */
    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** @return RunAPI's error envelope {@code {"error":{"code":..,"message":..}}} */
    static ErrorEnvelope error(String code, String message) {
        return new ErrorEnvelope().error(new ErrorBody().code(code).message(message));
    }
}
