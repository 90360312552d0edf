package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.spec.KlingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox's task endpoints and what sets them apart come from the spec, not from a list in Java. */
class TaskEndpointsFromSpecTest {
    @Test
    void theSpecsTaskEndpointsAreServedWithTheirTraitsReadFromTheirSchemas() {
        assertTrue(TaskEndpoint.segments().containsAll(List.of("text_to_video", "image_to_video", "edit_video",
                "extend_video", "ai_avatar", "motion_control")), TaskEndpoint.segments().toString());
        TaskEndpoint extend = TaskEndpoint.fromSegment("extend_video").orElseThrow();
        assertTrue(extend.continuesSource() && !extend.takesSourceEitherWay());
        TaskEndpoint edit = TaskEndpoint.fromSegment("edit_video").orElseThrow();
        assertTrue(edit.takesSourceEitherWay() && !edit.continuesSource());
        assertFalse(TaskEndpoint.fromSegment("text_to_video").orElseThrow().takesSourceTask());
    }

    @Test
    void anEndpointAddedToTheSpecIsATaskEndpointWithNoJavaChange() {
        String spec = KlingSpec.text().replace("\npaths:\n", """

                paths:
                  /api/v1/kling/planted_probe:
                    post:
                      operationId: createLipSync
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/PlantedProbeRequest'
                      responses:
                        '200':
                          description: created
                  /api/v1/kling/planted_probe/{id}:
                    get:
                      operationId: getLipSync
                      responses:
                        '200':
                          description: the task
                """).replace("\n  schemas:\n", """

                  schemas:
                    PlantedProbeRequest:
                      type: object
                      required: [model, video_url, audio_url]
                      properties:
                        model: {type: string}
                        video_url: {type: string}
                        audio_url: {type: string}
                """);
        List<TaskEndpoint> endpoints = TaskEndpoint.fromSpec(spec);
        TaskEndpoint lipSync = endpoints.get(0);
        assertEquals("planted_probe", lipSync.segment());
        assertEquals("/api/v1/kling/planted_probe", lipSync.path());
        assertTrue(lipSync.has("audio_url") && !lipSync.takesSourceTask());
        assertEquals(TaskEndpoint.segments().size() + 1, endpoints.size());
    }
}
