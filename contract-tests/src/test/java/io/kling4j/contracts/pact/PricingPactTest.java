package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.contracts.SpecCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contract of RunAPI's pricing: {@code POST /api/v1/price_quotes} (200, 400 for a body that breaks the
 * endpoint's rules, 401 for a wrong key) and {@code GET /api/v1/price_schedules} (200, 304 for a matching
 * {@code If-None-Match}, 401 for a wrong key). Both answer without a key, so their 401s send a wrong one.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class PricingPactTest {
    static final String QUOTES = "/api/v1/price_quotes";
    static final String SCHEDULES = "/api/v1/price_schedules";
    static final String QUERY = "service=kling&action=text_to_video";
    static final String WRONG_KEY = "Bearer sk-invalid";

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact quote(PactDslWithProvider builder) {
        var ok = quoted(PactRequests.post(builder.uponReceiving("a request to quote 10 s of 1080p with sound"),
                QUOTES, SampleRequests.priceQuote(true), null));
        return PactResponses.error(PactRequests.post(ok.uponReceiving(
                "a request to quote a text-to-video body with duration_seconds 99"), QUOTES,
                SampleRequests.priceQuote(false), null), 400, "invalid_request").toPact();
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact schedules(PactDslWithProvider builder) {
        return PactResponses.json(PactRequests.get(builder.uponReceiving("a request for the text-to-video prices"),
                SCHEDULES).query(QUERY), 200, new PactDslJsonBody()
                .minArrayLike("price_schedules", 1)
                .stringValue("service", "kling")
                .stringValue("action", "text_to_video")
                .stringType("currency", "USD")
                .stringType("billing_unit", "second")
                .integerType("unit_price_cents", 7L)
                .closeObject().closeArray()).toPact();
    }

    /** Separate from {@link #schedules}: the conditional request would match that interaction too. */
    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact schedulesUnchanged(PactDslWithProvider builder) {
        return PactRequests.get(builder.uponReceiving("a conditional request for the prices with If-None-Match *"),
                        SCHEDULES).query(QUERY).headers("If-None-Match", "*")
                .willRespondWith().status(304).toPact();
    }

    /** Separate: a wrong key would match the interactions that send the example key too. */
    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact pricingWithWrongKey(PactDslWithProvider builder) {
        var quote = PactResponses.error(PactRequests.unauthenticatedPost(builder.uponReceiving(
                "a request to quote with a wrong API key"), QUOTES, SampleRequests.priceQuote(true), null)
                .headers("Authorization", WRONG_KEY), 401, "unauthorized");
        return PactResponses.error(PactRequests.unauthenticatedGet(quote.uponReceiving(
                "a request for the prices with a wrong API key"), SCHEDULES).query(QUERY)
                .headers("Authorization", WRONG_KEY), 401, "unauthorized").toPact();
    }

    @Test
    @PactTestFor(pactMethod = "quote")
    void quoteAnswersCentsOrAnError(MockServer server) {
        SpecCalls pricing = TaskChecks.authorized(server);
        var quote = pricing.post(QUOTES, SampleRequests.priceQuote(true), null).body().path("price_quote");
        assertEquals("USD", quote.path("currency").asText());
        assertTrue(quote.path("reservation_amount_cents").asLong() > 0, quote.toString());
        TaskChecks.assertError(pricing.post(QUOTES, SampleRequests.priceQuote(false), null), 400, "invalid_request");
    }

    @Test
    @PactTestFor(pactMethod = "schedules")
    void schedulesListPerSecondPrices(MockServer server) {
        var schedules = TaskChecks.authorized(server).get(SCHEDULES + "?" + QUERY).body().path("price_schedules");
        assertFalse(schedules.isEmpty());
        assertEquals("second", schedules.path(0).path("billing_unit").asText());
    }

    @Test
    @PactTestFor(pactMethod = "schedulesUnchanged")
    void unchangedSchedulesAre304(MockServer server) {
        assertEquals(304, TaskChecks.authorized(server).get(SCHEDULES + "?" + QUERY, "If-None-Match", "*").status());
    }

    @Test
    @PactTestFor(pactMethod = "pricingWithWrongKey")
    void aWrongKeyIsRefused(MockServer server) {
        SpecCalls pricing = SpecCalls.withKey(server.getUrl(), "sk-invalid");
        TaskChecks.assertError(pricing.post(QUOTES, SampleRequests.priceQuote(true), null), 401, "unauthorized");
        TaskChecks.assertError(pricing.get(SCHEDULES + "?" + QUERY), 401, "unauthorized");
    }

    private static PactDslResponse quoted(PactDslRequestWithPath request) {
        return PactResponses.json(request, 200, new PactDslJsonBody()
                .object("price_quote")
                .stringValue("service", "kling")
                .stringValue("action", "text_to_video")
                .stringType("currency", "USD")
                .integerType("reservation_amount_cents", 140L)
                .closeObject());
    }
}
