package io.kling4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        for (String endpoint : List.of("text_to_video", "image_to_video", "edit_video", "extend_video",
                "ai_avatar", "motion_control")) {
            String create = "/api/v1/kling/" + endpoint;
            Operation post = api.getPaths().get(create).getPost();
            assertNotNull(post, create);
            assertNotNull(api.getPaths().get(create + "/{id}").getGet(), create + "/{id}");
            List<String> headers = post.getParameters().stream().map(p -> p.getName()).toList();
            assertEquals(List.of("Idempotency-Key", "X-Client-Request-Id"), headers, create);
            assertTrue(post.getResponses().keySet().containsAll(CREATE_RESPONSES), create + " documents "
                    + CREATE_RESPONSES);
            Schema<?> created = post.getResponses().get("200").getContent().get("application/json").getSchema();
            assertTrue(created.getProperties().containsKey("id") && created.getProperties().containsKey("task_id"),
                    create + " answers the shared TaskCreateResponse");
        }
        for (String endpoint : List.of("edit_video", "extend_video")) {
            Operation post = api.getPaths().get("/api/v1/kling/" + endpoint).getPost();
            assertNotNull(post.getResponses().get("409"), endpoint + " documents 409");
            assertNotNull(post.getResponses().get("422"), endpoint + " documents 422");
        }
    }

    @Test
    void everyTaskRequestWithAModelListsItsModelsInXKlingModels() {
        Map<String, Schema> schemas = parse().getOpenAPI().getComponents().getSchemas();
        for (String name : List.of("TextToVideoRequest", "ImageToVideoRequest", "EditVideoRequest",
                "AiAvatarRequest", "MotionControlRequest")) {
            Schema<?> schema = schemas.get(name);
            assertTrue(schema.getProperties().containsKey("model"), name);
            Object known = schema.getExtensions() == null ? null : schema.getExtensions().get("x-kling-models");
            assertTrue(known instanceof List<?> list && !list.isEmpty(), name + " lists x-kling-models");
        }
        Schema<?> extend = schemas.get("ExtendVideoRequest");
        assertTrue(!extend.getProperties().containsKey("model"), "extend_video sends no model");
        assertEquals(List.of("source_task_id"), extend.getRequired());
        assertEquals(List.of("auto", "16:9", "9:16", "1:1"), schemas.get("EditAspectRatio").getEnum());
    }

    @Test
    void coversFilesAndAccount() {
        OpenAPI api = parse().getOpenAPI();
        Operation upload = api.getPaths().get("/api/v1/files").getPost();
        assertNotNull(upload, "POST /api/v1/files");
        assertEquals(List.of("Files"), upload.getTags());
        assertEquals(Set.of("200", "400", "401", "413", "429", "500"), upload.getResponses().keySet());
        Schema<?> uploaded = upload.getResponses().get("200").getContent().get("application/json").getSchema();
        assertEquals("int64", ((Schema<?>) uploaded.getProperties().get("size_bytes")).getFormat());
        assertEquals("date-time", ((Schema<?>) uploaded.getProperties().get("expires_at")).getFormat());

        for (String path : List.of("/api/v1/me", "/api/v1/me/balance")) {
            Operation get = api.getPaths().get(path).getGet();
            assertNotNull(get, "GET " + path);
            assertEquals(List.of("Account"), get.getTags());
            assertEquals(Set.of("200", "401", "429", "500"), get.getResponses().keySet(), path);
        }
        Schema<?> balance = api.getPaths().get("/api/v1/me/balance").getGet().getResponses().get("200")
                .getContent().get("application/json").getSchema();
        for (String field : List.of("balance_cents", "paid_balance_cents", "bonus_balance_cents",
                "spent_cents_today", "spent_cents_total")) {
            assertEquals("int64", ((Schema<?>) balance.getProperties().get(field)).getFormat(), field);
        }
    }

    /** Statuses every task create documents. */
    private static final Set<String> CREATE_RESPONSES = Set.of("200", "400", "401", "402", "409", "422", "429",
            "500");

    private static Map<String, ApiResponse> responses(Operation op) {
        return op.getResponses();
    }
}
