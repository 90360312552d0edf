package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox says what the spec says about what the spec does not name: a body field the spec does not declare
 * is accepted and ignored (the request schemas allow it), and a task id of a form RunAPI never issues is an
 * unknown task (404, documented), not a 400 the spec does not list for the status GET.
 */
class UnknownFieldsAndIdsTest {
    private static KlingSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().clock(new MutableClock()).build().start();
        http = new SandboxHttp(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void unknownBodyFieldsAreAcceptedAndIgnored() {
        String id = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\","
                + "\"future_option\":{\"level\":3},\"seed\":42}"));
        assertEquals(200, http.get("text_to_video", id).statusCode());
        http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"multi_shots\":true,"
                + "\"enable_sound\":true,\"multi_prompt\":[{\"prompt\":\"A fox\",\"duration_seconds\":5,"
                + "\"camera\":\"pan\"}]}"));
        HttpResponse<String> file = http.postJson("/api/v1/files", "{\"source\":{\"type\":\"url\","
                + "\"url\":\"https://cdn.example.com/a.png\",\"checksum\":\"x\"},\"purpose\":\"later\"}");
        assertEquals(200, file.statusCode(), file.body());
    }

    @Test
    void malformedTaskIdsAreNotFound() {
        for (String id : new String[] {"bad%20id", "%E2%9C%93", "a".repeat(257), "task;1", "task%2F1"}) {
            HttpResponse<String> response = http.get("image_to_video", id);
            assertEquals(404, response.statusCode(), id + ": " + response.body());
            assertEquals("not_found", SandboxHttp.json(response).path("error").path("code").asText());
        }
    }
}
