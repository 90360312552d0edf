package io.kling4j.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import io.kling4j.spec.TaskSamples;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task endpoint under contract, read from the spec ({@link TaskOperations}: {@code POST /api/v1/kling/<segment>}
 * with a {@code GET .../{id}} twin), never listed by hand: an endpoint added to the spec gets its contracts with
 * no change here. Its sample bodies come from {@link TaskSamples} (the request example; the invalid one lacks its
 * first required field). The ids the contracts use are {@code <segment>_<status>}, the same
 * as the generated SCC contracts' ({@code src/build/java/GenerateTaskContracts.java}).
 *
 * @param segment the path segment, e.g. {@code text_to_video}
 * @param path the create path, e.g. {@code /api/v1/kling/text_to_video}
 * @param schemaName the request schema, e.g. {@code TextToVideoRequest}
 * @param validBody the body the create interactions send
 * @param invalidBody the body the 400 interactions send
 * @param invalidField the field {@code invalidBody} breaks
 */
public record TaskEndpoint(String segment, String path, String schemaName, ObjectNode validBody,
        ObjectNode invalidBody, String invalidField) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<TaskEndpoint> ALL = fromSpec(KlingSpec.text());

    /** @return every task endpoint of the bundled spec, in spec order */
    public static List<TaskEndpoint> all() {
        return ALL;
    }

    /** @return the endpoint of the bundled spec with this segment (for the few cases about one endpoint) */
    public static TaskEndpoint of(String segment) {
        return ALL.stream().filter(e -> e.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the spec has no task endpoint " + segment));
    }

    /** @return the task endpoints of the OpenAPI document {@code specText}, in document order */
    public static List<TaskEndpoint> fromSpec(String specText) {
        Map<String, Object> spec = TaskOperations.parse(specText);
        return TaskOperations.of(spec).stream().map(op -> new TaskEndpoint(op.segment(), op.path(), op.schemaName(),
                MAPPER.valueToTree(TaskSamples.valid(spec, op)), MAPPER.valueToTree(TaskSamples.invalid(spec, op)),
                TaskSamples.invalidField(spec, op))).toList();
    }

    /** @return a fresh copy of the valid body (callers may change it) */
    @Override
    public ObjectNode validBody() {
        return validBody.deepCopy();
    }

    /** @return a fresh copy of the invalid body */
    @Override
    public ObjectNode invalidBody() {
        return invalidBody.deepCopy();
    }

    /** @return the status path of one task */
    public String taskPath(String id) {
        return path + "/" + id;
    }

    /** @return the id the contracts use for a task of this endpoint in {@code status}, e.g. {@code text_to_video_failed} */
    public String taskId(String status) {
        return segment + "_" + status;
    }

    /** @return the id the contracts use for a task that does not exist */
    public String missingTaskId() {
        return taskId("missing");
    }

    /**
     * @return the earlier task the valid body names ({@code source_task_id}), which must exist and be completed
     *     before the create (a provider state seeds it on this endpoint); empty when it names none
     */
    public Optional<String> sourceTaskId() {
        return validBody.path("source_task_id").isTextual()
                ? Optional.of(validBody.get("source_task_id").asText()) : Optional.empty();
    }

    /** @return e.g. "a text_to_video task", "an edit_video task" */
    public String aTask() {
        return ("aeiou".indexOf(segment.charAt(0)) >= 0 ? "an " : "a ") + segment + " task";
    }

    @Override
    public String toString() {
        return segment;
    }
}
