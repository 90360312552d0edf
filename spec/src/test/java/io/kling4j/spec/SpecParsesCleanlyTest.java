package io.kling4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build fails on any Swagger Parser error or warning, and on any response without an example. */
class SpecParsesCleanlyTest {

    static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(KlingSpec.text(), null, options);
    }

    @Test
    void parsesWithoutErrorsOrWarnings() {
        SwaggerParseResult result = parse();
        assertNotNull(result.getOpenAPI(), "spec did not parse");
        assertEquals(List.of(), result.getMessages(), "Swagger Parser reported messages");
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.0."), "spec must be OpenAPI 3.0.x");
    }

    @Test
    void everyResponseHasAnExample() {
        OpenAPI api = parse().getOpenAPI();
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                responses(op).forEach((code, response) -> {
                    if (response.getContent() == null) {
                        return;
                    }
                    for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
                        MediaType m = media.getValue();
                        boolean hasExample = m.getExample() != null
                                || (m.getExamples() != null && !m.getExamples().isEmpty());
                        if (!hasExample) {
                            missing.add(method + " " + path + " " + code + " " + media.getKey());
                        }
                    }
                })));
        assertEquals(List.of(), missing, "responses without an example");
    }

    @Test
    void coversTheTaskEndpoints() {
        OpenAPI api = parse().getOpenAPI();
        for (String endpoint : List.of("text_to_video", "image_to_video")) {
            String create = "/api/v1/kling/" + endpoint;
            assertNotNull(api.getPaths().get(create).getPost(), create);
            assertNotNull(api.getPaths().get(create + "/{id}").getGet(), create + "/{id}");
        }
    }

    private static Map<String, ApiResponse> responses(Operation op) {
        return op.getResponses();
    }
}
