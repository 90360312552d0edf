package io.kling4j.contracts.coverage;

/**
 * One interaction or contract as the coverage sees it.
 *
 * @param source      {@code pact} or {@code scc}
 * @param name        the interaction's description or the contract's name
 * @param method      HTTP method
 * @param path        concrete request path (no query)
 * @param status      response status
 */
public record CoveringInteraction(String source, String name, String method, String path, int status) {
}
