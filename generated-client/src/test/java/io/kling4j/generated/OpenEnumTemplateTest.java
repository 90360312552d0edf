package io.kling4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Covers the modelEnum.mustache override: enums are open, unknown values and fields never throw. */
class OpenEnumTemplateTest {
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    @Test
    void unknownStatusIsKeptNotRejected() throws Exception {
        TaskResponse task = mapper.readValue(
                "{\"id\":\"t1\",\"status\":\"queued_for_gpu\",\"brand_new_field\":{\"x\":1}}", TaskResponse.class);
        assertEquals("queued_for_gpu", task.getStatus().getValue());
        assertFalse(task.getStatus().isKnown());
        assertEquals("{\"id\":\"t1\",\"status\":\"queued_for_gpu\"}", mapper.writeValueAsString(task));
    }

    @Test
    void knownStatusResolvesToTheConstant() throws Exception {
        TaskResponse task = mapper.readValue("{\"id\":\"t1\",\"status\":\"completed\"}", TaskResponse.class);
        assertSame(TaskStatus.COMPLETED, task.getStatus());
        assertTrue(task.getStatus().isKnown());
    }

    @Test
    void createResponseToleratesTaskIdAndUnknownFields() throws Exception {
        TaskCreateResponse created = mapper.readValue(
                "{\"task_id\":\"tsk_abc\",\"status\":\"pending\",\"model\":\"kling-3.0\",\"eta\":42}",
                TaskCreateResponse.class);
        assertEquals("tsk_abc", created.getTaskId());
        assertSame(TaskStatus.PENDING, created.getStatus());
    }

    @Test
    void openValuesHaveValueEquality() {
        AspectRatio unknown = AspectRatio.fromValue("4:3");
        assertEquals(AspectRatio.fromValue("4:3"), unknown);
        assertNotSame(AspectRatio.fromValue("4:3"), unknown);
        assertFalse(unknown.isKnown());
        assertEquals(List.of(AspectRatio._16_9, AspectRatio._9_16, AspectRatio._1_1), AspectRatio.knownValues());
        assertEquals(null, AspectRatio.fromValue(null));
    }
}
