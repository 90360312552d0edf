package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GET /api/v1/me and /api/v1/me/balance. */
class AccountHttpTest extends SandboxHttpTest {
    @Test
    void meIsTheFixedDemoAccount() {
        HttpResponse<String> response = http.getPath("/api/v1/me");
        assertEquals(200, response.statusCode());
        assertEquals("{\"id\":1,\"name\":\"Sandbox Demo\",\"email\":\"demo@sandbox.invalid\","
                + "\"account\":{\"currency\":\"USD\",\"plan\":\"sandbox\"}}", response.body());
        assertTrue(response.headers().firstValue("x-request-id").orElseThrow().startsWith("req_"));
    }

    @Test
    void newSandboxHasTenThousandCents() {
        assertEquals("{\"balance_cents\":10000,\"paid_balance_cents\":10000,\"bonus_balance_cents\":0,"
                + "\"spent_cents_today\":0,\"spent_cents_total\":0}", http.getPath("/api/v1/me/balance").body());
    }

    @Test
    void eachCompletedTaskIsChargedOnceRoundedUpToCents() {
        // 3 s at 720p with sound: 3 x 0.098 = 0.294 USD, charged as 30 cents
        String id = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\","
                + "\"duration_seconds\":3,\"enable_sound\":true}"));
        assertEquals(10_000, balance().get("balance_cents").asLong(), "nothing is charged before completion");
        clock.advance(Duration.ofSeconds(4));
        assertEquals(0.294, SandboxHttp.json(http.get("text_to_video", id)).get("usage").get("cost").asDouble());
        http.get("text_to_video", id);
        JsonNode balance = balance();
        assertEquals(9_970, balance.get("balance_cents").asLong());
        assertEquals(9_970, balance.get("paid_balance_cents").asLong());
        assertEquals(30, balance.get("spent_cents_today").asLong());
        assertEquals(30, balance.get("spent_cents_total").asLong());
        assertEquals(9_970, balance().get("balance_cents").asLong(), "asking again charges nothing more");
    }

    @Test
    void completedTasksAreSettledEvenWhenNobodyPolledThem() {
        http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\"}"));
        sandbox.seedTask("ai_avatar", "task_seeded", "completed");
        clock.advance(Duration.ofSeconds(4));
        assertEquals(10_000 - 35 - 35, balance().get("balance_cents").asLong());
    }

    @Test
    void failedTasksCostNothing() {
        http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"[fail]\"}"));
        sandbox.seedTask("text_to_video", "task_bad", "failed");
        clock.advance(Duration.ofSeconds(4));
        assertEquals(10_000, balance().get("balance_cents").asLong());
    }

    @Test
    void spentTodayStartsAgainTheNextDay() {
        sandbox.seedTask("text_to_video", "task_done", "completed");
        assertEquals(35, balance().get("spent_cents_today").asLong());
        clock.advance(Duration.ofDays(1));
        JsonNode balance = balance();
        assertEquals(0, balance.get("spent_cents_today").asLong());
        assertEquals(35, balance.get("spent_cents_total").asLong());
        assertEquals(9_965, balance.get("balance_cents").asLong());
    }

    @Test
    void accountRoutesNeedTheKeyAndAGet() {
        HttpResponse<String> anonymous = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "/api/v1/me/balance")).build());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> post = http.postJson("/api/v1/me", "{}");
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(404, http.getPath("/api/v1/me/credits").statusCode());
    }

    @Test
    void centsAreRoundedUp() {
        assertEquals(35, AccountLedger.cents(0.35));
        assertEquals(30, AccountLedger.cents(0.294));
        assertEquals(140, AccountLedger.cents(1.4));
        assertEquals(1, AccountLedger.cents(0.0001));
        assertEquals(0, AccountLedger.cents(0));
    }

    private JsonNode balance() {
        HttpResponse<String> response = http.getPath("/api/v1/me/balance");
        assertEquals(200, response.statusCode(), response.body());
        return SandboxHttp.json(response);
    }
}
