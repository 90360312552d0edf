package io.kling4j.contracts.coverage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One operation of the spec and the response codes it documents.
 *
 * @param operationId e.g. {@code getTextToVideo}
 * @param method      upper-case HTTP method
 * @param path        path template, e.g. {@code /api/v1/kling/text_to_video/{id}}
 * @param codes       documented response codes, e.g. {@code ["200", "401", "404"]}, in spec order
 */
public record SpecOperation(String operationId, String method, String path, List<String> codes) {

    /** @return true when a concrete request {@code method requestPath} is a call of this operation */
    public boolean matches(String requestMethod, String requestPath) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        return requestPath.matches(regex);
    }
}
