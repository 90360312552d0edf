package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ai_avatar and motion_control: the same lifecycle as the other task endpoints, 5 s 16:9 videos. */
class AvatarAndMotionHttpTest extends SandboxHttpTest {
    private static final String AVATAR = "{\"model\":\"kling-ai-avatar-standard\",\"prompt\":\"Hello there\","
            + "\"source_image_url\":\"https://example.com/face.png\","
            + "\"source_audio_url\":\"https://example.com/hello.mp3\"}";
    private static final String MOTION = "{\"model\":\"kling-v2.6\",\"source_image_url\":\"https://example.com/d.png\","
            + "\"reference_video_url\":\"https://example.com/dance.mp4\",\"output_resolution\":\"1080p\","
            + "\"character_orientation\":\"video\"}";

    @Test
    void avatarTaskRendersAFiveSecondVideo() {
        String id = http.createdId(http.create("ai_avatar", AVATAR, "Idempotency-Key", "av-1"));
        assertEquals("pending", status("ai_avatar", id));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("processing", status("ai_avatar", id));
        clock.advance(Duration.ofSeconds(3));

        JsonNode task = SandboxHttp.json(http.get("ai_avatar", id));
        assertEquals("completed", task.get("status").asText());
        assertEquals(0.35, task.get("usage").get("cost").asDouble());
        HttpResponse<byte[]> video = SandboxHttp.sendForBytes(HttpRequest.newBuilder(
                URI.create(task.get("videos").get(0).get("url").asText())).build());
        assertEquals(5.0, Mp4Inspector.durationSeconds(video.body()), 0.5);
        assertEquals(404, http.get("motion_control", id).statusCode());

        JsonNode replay = SandboxHttp.json(http.create("ai_avatar", AVATAR, "Idempotency-Key", "av-1"));
        assertEquals(id, replay.get("id").asText());
        assertEquals("completed", replay.get("status").asText());
    }

    @Test
    void avatarNeedsImageAudioAndPrompt() {
        HttpResponse<String> response = http.create("ai_avatar", "{\"model\":\"kling-ai-avatar-pro\"}");
        assertEquals(400, response.statusCode());
        String message = SandboxHttp.json(response).get("error").get("message").asText();
        for (String field : new String[] {"source_image_url", "source_audio_url", "prompt"}) {
            assertTrue(message.contains(field + ": is required"), message);
        }
    }

    @Test
    void motionControlIsBilledByResolution() {
        String id = http.createdId(http.create("motion_control", MOTION));
        clock.advance(Duration.ofSeconds(4));
        JsonNode task = SandboxHttp.json(http.get("motion_control", id));
        assertEquals("completed", task.get("status").asText());
        assertEquals(0.5, task.get("usage").get("cost").asDouble());
    }

    @Test
    void motionControlPromptCanMakeItFail() {
        String id = http.createdId(http.create("motion_control", "{\"model\":\"kling-3.0\",\"prompt\":\"[fail]\",\"output_resolution\":\"720p\","
                + "\"source_image_url\":\"https://example.com/d.png\","
                + "\"reference_video_url\":\"https://example.com/dance.mp4\"}"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals("failed", status("motion_control", id));
    }

    @Test
    void motionControlEnumsAreValidated() {
        HttpResponse<String> response = http.create("motion_control", MOTION.replace("\"video\"", "\"camera\"")
                .replace("}", ",\"background_source\":\"sky\"}"));
        assertEquals(400, response.statusCode());
        String message = SandboxHttp.json(response).get("error").get("message").asText();
        assertTrue(message.contains("character_orientation: must be one of video, image (got \"camera\")"), message);
        assertTrue(message.contains("background_source: must be one of video, image (got \"sky\")"), message);
    }

    private String status(String endpoint, String id) {
        HttpResponse<String> response = http.get(endpoint, id);
        assertEquals(200, response.statusCode(), response.body());
        return SandboxHttp.json(response).get("status").asText();
    }
}
