package io.kling4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kling4j.spec.TaskOperations.TaskOperation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample bodies of a task endpoint: its request example, else a minimal body from its schema. */
class TaskSamplesTest {
    private static final String SPEC = """
            openapi: 3.0.3
            paths:
              /api/v1/kling/dub:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/DubRequest'}
              /api/v1/kling/dub/{id}:
                get: {operationId: getDub}
            components:
              schemas:
                Seconds: {type: integer, minimum: 3}
                Url: {type: string, pattern: '^https?://\\\\S+$'}
                DubRequest:
                  type: object
                  required: [model, source_video_url, voice, seconds, loud, tags]
                  x-kling-models:
                    - models: [kling-dub-1, kling-dub-2]
                  properties:
                    model: {type: string}
                    source_video_url: {$ref: '#/components/schemas/Url'}
                    voice: {type: string, enum: [calm, bright]}
                    seconds: {$ref: '#/components/schemas/Seconds'}
                    loud: {type: boolean}
                    tags: {type: array, items: {type: string, example: news}}
                    note: {type: string}
            """;

    @Test
    void everyTaskEndpointOfTheBundledSpecSendsItsExampleAndBreaksItsFirstRequiredField() {
        Map<String, Object> spec = TaskOperations.parse(KlingSpec.text());
        for (TaskOperation op : TaskOperations.of(spec)) {
            assertFalse(op.requestExample().isEmpty(), op.path() + " has a request example");
            assertEquals(op.requestExample(), TaskSamples.valid(spec, op));
            String field = TaskSamples.invalidField(spec, op);
            assertEquals(((List<?>) op.requestSchema().get("required")).get(0), field, op.path());
            Map<String, Object> invalid = TaskSamples.invalid(spec, op);
            assertFalse(invalid.containsKey(field));
            assertEquals(op.requestExample().size() - 1, invalid.size());
        }
    }

    @Test
    void withoutAnExampleTheRequiredFieldsGetValuesOfTheirSchema() {
        Map<String, Object> spec = TaskOperations.parse(SPEC);
        TaskOperation dub = TaskOperations.of(spec).get(0);
        assertEquals(Map.of("model", "kling-dub-1", "source_video_url", "https://example.com/source_video.mp4",
                "voice", "calm", "seconds", 3, "loud", false, "tags", List.of("news")), TaskSamples.valid(spec, dub));
        assertEquals("model", TaskSamples.invalidField(spec, dub));
    }

    @Test
    void anEmptySampleCannotBeBroken() {
        Map<String, Object> spec = TaskOperations.parse(SPEC.replace(
                "required: [model, source_video_url, voice, seconds, loud, tags]", "required: []"));
        TaskOperation dub = TaskOperations.of(spec).get(0);
        assertEquals(Map.of(), TaskSamples.valid(spec, dub));
        assertThrows(IllegalStateException.class, () -> TaskSamples.invalid(spec, dub));
    }
}
