package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ValidationException;

import io.kling4j.client.TextToVideoParams;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link KlingClient#quote} and {@link Pricing#schedules}: the wire shape and the typed results. */
class PricingTest {
    private static final String KEY = "sk-test-pricing";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    PricingTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void quoteSendsTheRequestAsParamsAndAnswersDollars() {
        server.then(json(200, "{\"price_quote\":{\"service\":\"kling\",\"action\":\"text_to_video\","
                + "\"model\":\"kling-3.0\",\"pricing_status\":\"available\",\"currency\":\"USD\","
                + "\"reservation_amount_cents\":140,\"estimate_basis\":\"exact\",\"as_of\":\"2026-01-01T00:00:00Z\","
                + "\"billing_unit\":\"second\",\"billed_units\":10,\"unit_price_usd\":0.14}}"));
        PriceQuote quote = client.quote(TextToVideoParams.builder().model("kling-3.0")
                .prompt("fox").durationSeconds(10).outputResolution("1080p").enableSound(true).build());
        assertEquals(new BigDecimal("1.40"), quote.amountUsd());
        assertEquals("USD", quote.currency());
        assertEquals(10, quote.billedSeconds().getAsInt());
        assertEquals(new BigDecimal("0.14"), quote.usdPerSecond().orElseThrow());
        assertEquals("1.40 USD (10 s x 0.14 USD/s)", quote.describe());
        assertEquals("exact", quote.estimateBasis().orElseThrow());

        ScriptedServer.Recorded r = server.requests.get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/price_quotes", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertTrue(r.body().contains("\"service\":\"kling\""), r.body());
        assertTrue(r.body().contains("\"action\":\"text_to_video\""), r.body());
        assertTrue(r.body().contains("\"model\":\"kling-3.0\""), r.body());
        assertTrue(r.body().contains("\"params\":{"), r.body());
        assertTrue(r.body().contains("\"duration_seconds\":10"), r.body());
        assertTrue(r.body().contains("\"output_resolution\":\"1080p\""), r.body());
    }

    @Test
    void quoteWithoutABreakdownHasOnlyTheAmount() {
        server.then(json(200, "{\"price_quote\":{\"service\":\"kling\",\"action\":\"text_to_video\","
                + "\"currency\":\"USD\",\"reservation_amount_cents\":35}}"));
        PriceQuote quote = client.quote(TextToVideoParams.builder().model("kling-3.0").prompt("x").build());
        assertEquals(new BigDecimal("0.35"), quote.amountUsd());
        assertFalse(quote.billedSeconds().isPresent());
        assertEquals("0.35 USD", quote.describe());
    }

    @Test
    void anInvalidRequestIsRefusedWithoutACall() {
        assertThrows(ValidationException.class, () -> client.quote(TextToVideoParams.builder().model("kling-3.0").prompt("x").durationSeconds(99).build()));
        assertEquals(0, server.requests.size());
    }

    @Test
    void schedulesCarryTheirEtagAndA304IsUnchanged() {
        server.then(json(200, "{\"as_of\":\"2026-01-01T00:00:00Z\",\"price_schedules\":[{\"service\":\"kling\","
                + "\"action\":\"text_to_video\",\"currency\":\"USD\",\"billing_unit\":\"second\","
                + "\"unit_price_cents\":7,\"billing_config\":{\"sound_multiplier\":1.4}}]}").with("ETag", "\"ps-1\""))
                .then(new ScriptedServer.Reply(304, Map.of("ETag", "\"ps-1\""), new byte[0]));
        PriceSchedules first = client.pricing().schedules(Endpoint.of("text_to_video"), null, null);
        assertEquals(1, first.entries().size());
        assertEquals(7L, first.entries().get(0).unitPriceCents());
        assertEquals(1.4, first.entries().get(0).billingConfig().get("sound_multiplier"));
        assertEquals("\"ps-1\"", first.etag());
        PriceSchedules again = client.pricing().schedules(Endpoint.of("text_to_video"), null, first.etag());
        assertTrue(again.notModified());
        assertEquals("\"ps-1\"", server.requests.get(1).header("If-None-Match"));
        assertTrue(server.requests.get(0).path().endsWith("/api/v1/price_schedules"));
    }
}
