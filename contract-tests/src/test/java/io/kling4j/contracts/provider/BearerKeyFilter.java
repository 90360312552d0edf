package io.kling4j.contracts.provider;

import org.apache.hc.core5.http.HttpRequest;

/**
 * Request filter of the provider verification. Pacts show an example key ({@code Bearer sk-pact-example});
 * requests whose interaction sends a key get the provider's valid key instead. Requests whose interaction sends
 * none (the 401 interactions) stay without one, and so do those that send a key containing {@code sk-invalid} (the
 * 401 interactions of the pricing calls, which answer without a key), as in the SCC replay.
 */
final class BearerKeyFilter {
    static final String HEADER = "Authorization";

    private BearerKeyFilter() {
    }

    static void apply(HttpRequest request, String validApiKey) {
        if (request.containsHeader(HEADER) && !request.getFirstHeader(HEADER).getValue().contains("sk-invalid")) {
            request.setHeader(HEADER, "Bearer " + validApiKey);
        }
    }
}
