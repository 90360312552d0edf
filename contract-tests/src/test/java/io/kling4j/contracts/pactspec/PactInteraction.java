package io.kling4j.contracts.pactspec;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;

/** One HTTP interaction of a pact file, as the validator sees it. */
public record PactInteraction(String description, Request request, Response response) {
}
