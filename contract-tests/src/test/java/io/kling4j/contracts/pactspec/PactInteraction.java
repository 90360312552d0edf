package io.kling4j.contracts.pactspec;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import java.util.Map;

/** One HTTP interaction of a pact file (or an SCC contract), as the validator sees it. */
public record PactInteraction(String description, Request request, Response response) {
    /** The parts a reader takes from a pact interaction or a contract; null bodies mean no body. */
    record Parts(String method, String path, Map<String, List<String>> requestHeaders,
            Map<String, List<String>> query, String requestBody, int status,
            Map<String, List<String>> responseHeaders, String responseBody) {
    }

    /**
     * @param description the interaction's description or the contract's name
     * @param parts what the reader found
     * @return the interaction, ready for the validator
     */
    static PactInteraction of(String description, Parts parts) {
        var request = new SimpleRequest.Builder(parts.method().toUpperCase(), parts.path());
        parts.requestHeaders().forEach(request::withHeader);
        parts.query().forEach(request::withQueryParam);
        if (parts.requestBody() != null) {
            request.withBody(parts.requestBody());
        }
        var response = new SimpleResponse.Builder(parts.status());
        parts.responseHeaders().forEach(response::withHeader);
        if (parts.responseBody() != null) {
            response.withBody(parts.responseBody());
        }
        return new PactInteraction(description, request.build(), response.build());
    }
}
