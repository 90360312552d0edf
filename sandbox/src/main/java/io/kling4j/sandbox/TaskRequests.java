package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link SandboxTask} from a create request body that already passed spec validation: what the video
 * shows, its price, and whether it is meant to fail (any prompt containing {@value #FAIL_TRIGGER}).
 */
final class TaskRequests {
    /** Prompt text that makes a task end {@code failed}. */
    static final String FAIL_TRIGGER = "[fail]";

    private TaskRequests() {
    }

    /** @return a new live task for {@code body}, created at {@code now} */
    static SandboxTask newTask(String id, TaskEndpoint endpoint, JsonNode body, Instant now) {
        List<String> prompts = prompts(body);
        String prompt = prompts.isEmpty() ? "(no prompt)" : String.join(" / ", prompts);
        int duration = body.path("duration_seconds").asInt(PriceTable.DEFAULT_DURATION_SECONDS);
        String ratio = body.path("aspect_ratio").asText(VideoSpec.DEFAULT_ASPECT_RATIO);
        String resolution = body.path("output_resolution").asText(PriceTable.DEFAULT_RESOLUTION);
        boolean sound = body.path("enable_sound").asBoolean(false);
        boolean fails = prompts.stream().anyMatch(text -> text.contains(FAIL_TRIGGER));
        return new SandboxTask(id, endpoint, now, new VideoSpec(prompt, duration, ratio),
                PriceTable.cost(duration, resolution, sound), fails, null);
    }

    /** The top-level prompt, then the prompts of a multi-shot request. */
    private static List<String> prompts(JsonNode body) {
        List<String> prompts = new ArrayList<>();
        if (body.path("prompt").isTextual()) {
            prompts.add(body.get("prompt").asText());
        }
        for (JsonNode shot : body.path("multi_prompt")) {
            if (shot.path("prompt").isTextual()) {
                prompts.add(shot.get("prompt").asText());
            }
        }
        return prompts;
    }
}
