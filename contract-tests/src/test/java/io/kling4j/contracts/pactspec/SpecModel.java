package io.kling4j.contracts.pactspec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Parses the OpenAPI document for the validator. swagger-request-validator only checks an operation's own
 * {@code security}; per OpenAPI, an operation without one inherits the document's top-level {@code security},
 * so this copies it down (kling.yaml declares bearer auth once, at the top).
 */
final class SpecModel {
    private SpecModel() {
    }

    static OpenAPI parse(String specText) {
        // The options swagger-request-validator itself parses with (OpenApiInteractionValidator.Builder).
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(specText, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not an OpenAPI 3 document: " + result.getMessages());
        }
        if (api.getSecurity() != null && api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> inherit(api, operation)));
        }
        return api;
    }

    private static void inherit(OpenAPI api, Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(api.getSecurity());
        }
    }
}
