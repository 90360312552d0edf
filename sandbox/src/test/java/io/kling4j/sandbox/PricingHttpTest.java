package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GET /api/v1/price_schedules and POST /api/v1/price_quotes: the price table, consistent with usage.cost. */
class PricingHttpTest extends SandboxHttpTest {
    @Test
    void quoteIsTheCostTheSameBodyIsChargedOnceCompleted() {
        String body = "{\"model\":\"kling-3.0\",\"prompt\":\"p\",\"duration_seconds\":10,"
                + "\"output_resolution\":\"1080p\",\"enable_sound\":true}";
        JsonNode quote = quote("text_to_video", body).get("price_quote");
        assertEquals(140, quote.get("reservation_amount_cents").asLong(), "10 s x 0.14 USD");
        assertEquals("USD", quote.get("currency").asText());
        assertEquals("second", quote.get("billing_unit").asText());
        assertEquals(10, quote.get("billed_units").asInt());
        assertEquals(0.14, quote.get("unit_price_usd").asDouble());
        assertEquals(0, sandbox.taskCount(), "a quote creates no task");

        String id = http.createdId(http.create("text_to_video", body));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(1.4, SandboxHttp.json(http.get("text_to_video", id)).get("usage").get("cost").asDouble());
    }

    @Test
    void quoteRoundsUpToCentsAsTheLedgerCharges() {
        JsonNode quote = quote("text_to_video",
                "{\"model\":\"kling-3.0\",\"prompt\":\"p\",\"duration_seconds\":3,\"enable_sound\":true}");
        assertEquals(30, quote.get("price_quote").get("reservation_amount_cents").asLong(), "3 x 0.098 = 0.294");
        assertEquals(35, quote("extend_video", "{\"source_task_id\":\"task_x\"}")
                .get("price_quote").get("reservation_amount_cents").asLong(), "an extension bills 5 s at 720p");
    }

    @Test
    void quoteNeedsNoKeyButRefusesAWrongOne() {
        String body = "{\"service\":\"kling\",\"action\":\"text_to_video\",\"params\":{\"model\":\"kling-3.0\","
                + "\"prompt\":\"p\"}}";
        assertEquals(200, SandboxHttp.send(anonymous("/api/v1/price_quotes")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .build()).statusCode());
        assertEquals(401, http.postJson("/api/v1/price_quotes", body, "Authorization", "Bearer sk-wrong")
                .statusCode());
    }

    @Test
    void quoteOfAnInvalidBodyIs400() {
        HttpResponse<String> response = http.postJson("/api/v1/price_quotes", "{\"service\":\"kling\","
                + "\"action\":\"text_to_video\",\"params\":{\"model\":\"kling-3.0\",\"prompt\":\"p\","
                + "\"duration_seconds\":99}}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("duration_seconds"), response.body());
        assertEquals(400, http.postJson("/api/v1/price_quotes",
                "{\"service\":\"kling\",\"action\":\"dance\",\"params\":{}}").statusCode());
    }

    @Test
    void schedulesListEveryActionWithAnEtagAndAnswer304WhenUnchanged() {
        HttpResponse<String> first = SandboxHttp.send(anonymous("/api/v1/price_schedules?service=kling").GET().build());
        assertEquals(200, first.statusCode());
        JsonNode schedules = SandboxHttp.json(first).get("price_schedules");
        assertEquals(TaskEndpoint.segments().size(), schedules.size());
        JsonNode t2v = schedules.get(0);
        assertEquals("text_to_video", t2v.get("action").asText());
        assertEquals(7, t2v.get("unit_price_cents").asLong());
        assertEquals(0.10, t2v.get("billing_config").get("usd_per_second").get("1080p").asDouble());
        assertEquals(1.4, t2v.get("billing_config").get("sound_multiplier").asDouble());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.getPath("/api/v1/price_schedules?service=kling", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        JsonNode one = SandboxHttp.json(http.getPath("/api/v1/price_schedules?action=ai_avatar&model=m"));
        assertEquals(1, one.get("price_schedules").size());
        assertEquals("m", one.get("price_schedules").get(0).get("model").asText());
    }

    private JsonNode quote(String action, String params) {
        HttpResponse<String> response = http.postJson("/api/v1/price_quotes",
                "{\"service\":\"kling\",\"action\":\"" + action + "\",\"params\":" + params + "}");
        assertEquals(200, response.statusCode(), response.body());
        return SandboxHttp.json(response);
    }

    private HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path)).timeout(Duration.ofSeconds(30));
    }
}
