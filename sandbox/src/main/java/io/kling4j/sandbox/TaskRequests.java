package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link SandboxTask} from a create request body that already passed spec validation: what the video
 * shows, its price, and whether it is meant to fail (any prompt containing {@value #FAIL_TRIGGER}).
 *
 * <ul>
 *   <li>Most endpoints: {@code duration_seconds} (default 5) and {@code aspect_ratio} (default 16:9) of the body;
 *       {@code ai_avatar} and {@code motion_control} have neither, so their videos are 5 s of 16:9.</li>
 *   <li>{@code extend_video}: the source video plus {@value #EXTENSION_SECONDS} s, in the source's ratio; only the
 *       added seconds are billed (720p, no sound).</li>
 *   <li>{@code edit_video}: {@code duration_seconds}, else the source task's, else 5; the ratio of the body
 *       unless it is {@code auto} or absent, else the source task's, else 16:9.</li>
 * </ul>
 */
final class TaskRequests {
    /** Prompt text that makes a task end {@code failed}. */
    static final String FAIL_TRIGGER = "[fail]";
    /** Seconds an {@code extend_video} task adds to its source. */
    static final int EXTENSION_SECONDS = 5;

    private TaskRequests() {
    }

    /**
     * @param source the completed source task of an edit or extension, or {@code null}
     * @return a new live task for {@code body}, created at {@code now}
     */
    static SandboxTask newTask(String id, TaskEndpoint endpoint, JsonNode body, Instant now, SandboxTask source) {
        List<String> prompts = prompts(body);
        boolean fails = prompts.stream().anyMatch(text -> text.contains(FAIL_TRIGGER));
        String prompt = prompts.isEmpty() ? "(no prompt)" : String.join(" / ", prompts);
        Billing billing = billing(endpoint, body, source);
        if (endpoint.continuesSource() && source != null) {
            VideoSpec from = source.video();
            String text = prompts.isEmpty() ? from.prompt() + " (continued)" : prompt;
            return new SandboxTask(id, endpoint, now,
                    new VideoSpec(text, from.durationSeconds() + EXTENSION_SECONDS, from.aspectRatio()),
                    billing.cost(), fails, null);
        }
        VideoSpec from = source == null ? null : source.video();
        String ratio = body.path("aspect_ratio").asText("auto");
        if ("auto".equals(ratio)) {
            ratio = from == null ? VideoSpec.DEFAULT_ASPECT_RATIO : from.aspectRatio();
        }
        return new SandboxTask(id, endpoint, now, new VideoSpec(prompt, billing.seconds(), ratio),
                billing.cost(), fails, null);
    }

    /**
     * What a create is billed for: the seconds of new video, the resolution and whether it has sound. The task's
     * {@code usage.cost} and the price quote of the same body both come from here, so they always agree.
     *
     * @param source the completed source task of an edit or extension, or {@code null}
     */
    static Billing billing(TaskEndpoint endpoint, JsonNode body, SandboxTask source) {
        if (endpoint.continuesSource()) {
            return new Billing(EXTENSION_SECONDS, PriceTable.DEFAULT_RESOLUTION, false);
        }
        int seconds = body.path("duration_seconds").asInt(
                source == null ? PriceTable.DEFAULT_DURATION_SECONDS : source.video().durationSeconds());
        return new Billing(seconds, body.path("output_resolution").asText(PriceTable.DEFAULT_RESOLUTION),
                body.path("enable_sound").asBoolean(false));
    }

    /**
     * The billed part of a create.
     *
     * @param seconds    seconds of video billed
     * @param resolution the billed resolution
     * @param sound      whether sound is billed
     */
    record Billing(int seconds, String resolution, boolean sound) {
        /** @return USD per second */
        java.math.BigDecimal rate() {
            return PriceTable.ratePerSecond(resolution, sound);
        }

        /** @return the cost in USD */
        double cost() {
            return PriceTable.cost(seconds, resolution, sound);
        }
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
