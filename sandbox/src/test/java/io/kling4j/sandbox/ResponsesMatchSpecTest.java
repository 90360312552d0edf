package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.kling4j.spec.KlingSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every response the sandbox sends, for every operation of the spec and every status the spec documents for it,
 * validates against the spec (status documented, headers, body schema) with swagger-request-validator. Statuses
 * the sandbox does not produce on its own (402, 429, 500, 503, and 409/422 outside edits and extensions) are
 * injected with {@link SandboxFaults}, which checks that faults speak the spec too.
 */
class ResponsesMatchSpecTest {
    private static final String ENVELOPE = "{\"error\":{\"code\":\"injected\",\"message\":\"Injected by the test\"}}";
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(KlingSpec.text()).build();
    private static OpenAPI spec;
    private static KlingSandbox sandbox;
    private static SandboxHttp http;

    /** One response the test got, under the spec's path template. */
    private record Seen(String method, String template, String path, HttpResponse<String> response) {
    }

    private final List<Seen> seen = new ArrayList<>();

    @BeforeAll
    static void start() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        spec = new OpenAPIV3Parser().readContents(KlingSpec.text(), null, options).getOpenAPI();
        sandbox = KlingSandbox.builder().build().start();
        http = new SandboxHttp(sandbox);
        sandbox.seedTask("text_to_video", "task_123", "completed");
        sandbox.seedTask("text_to_video", "task_busy", "processing");
        sandbox.seedTask("text_to_video", "task_broken", "failed");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everyDocumentedStatusOfEveryOperationValidates() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                for (String status : op.getValue().getResponses().keySet()) {
                    documented.add(op.getKey() + " " + path.getKey() + " " + status);
                }
                drive(op.getKey().name(), path.getKey(), op.getValue(), op.getValue().getResponses().keySet());
            }
        }

        Set<String> covered = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Seen s : seen) {
            covered.add(s.method() + " " + s.template() + " " + s.response().statusCode());
            problems.addAll(validate(s));
        }
        assertEquals(List.of(), problems);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "documented responses the test did not drive");
        assertTrue(seen.size() > documented.size(), "also replays and every task status: " + seen.size());
    }

    @Test
    void anUndocumentedStatusFailsValidation() {
        sandbox.faults().on("GET", "me").attempt(1).respond(502, ENVELOPE);
        Seen bad = new Seen("GET", "/api/v1/me", "/api/v1/me", http.getPath("/api/v1/me"));
        assertEquals(502, bad.response().statusCode());
        assertFalse(validate(bad).isEmpty(), "502 is not documented for GET /api/v1/me");
    }

    private void drive(String method, String template, Operation op, Set<String> statuses) throws Exception {
        boolean task = template.startsWith(TaskEndpoint.PREFIX);
        String operation = FaultingHandler.operationOf(template);
        for (String status : statuses) {
            int code = Integer.parseInt(status);
            switch (code) {
                case 200 -> {
                    if (template.startsWith(ApiRoute.TASK_RESULTS)) {
                        acceptedResults(template);
                    } else {
                        ok(method, template, op, task);
                    }
                }
                case 202 -> {
                    sandbox.faults().acceptCreates(0);
                    record(method, template, template, send(method, template, example(op)));
                    sandbox.faults().acceptCreates(-1);
                }
                case 304 -> {
                    String etag = http.getPath(template).headers().firstValue("ETag").orElseThrow();
                    record(method, template, template, http.getPath(template, "If-None-Match", etag));
                }
                case 400 -> record(method, template, template, send(method, template, "{}"));
                case 401 -> record(method, template, template, unauthenticated(method, template));
                case 404 -> record(method, template, path(template, "task_unknown"),
                        http.getPath(path(template, "task_unknown")));
                case 409 -> conflict(method, template, op);
                case 413 -> record(method, template, template, send(method, template, tooLargeUpload()));
                case 422 -> {
                    if (template.endsWith("edit_video") || template.endsWith("extend_video")) {
                        record(method, template, template, send(method, template,
                                example(op).replace("task_123", "task_broken")));
                    }
                    injected(method, template, operation, op, code);
                }
                default -> injected(method, template, operation, op, code);
            }
        }
    }

    private void ok(String method, String template, Operation op, boolean task) throws Exception {
        if ("POST".equals(method)) {
            String body = example(op);
            record(method, template, template, send(method, template, body, "Idempotency-Key", "k-" + template,
                    "X-Client-Request-Id", "client-1"));
            HttpResponse<String> replay = send(method, template, body, "Idempotency-Key", "k-" + template);
            if (task) {
                assertTrue(SandboxHttp.json(replay).path("task_replayed").asBoolean(), replay.body());
            }
            record(method, template, template, replay);
        } else if (task) {
            String endpoint = FaultingHandler.operationOf(template);
            for (String status : List.of("pending", "processing", "completed", "failed")) {
                String id = "task_" + endpoint + "_" + status;
                sandbox.seedTask(endpoint, id, status);
                record(method, template, path(template, id), http.getPath(path(template, id)));
            }
        } else {
            record(method, template, template, http.getPath(template));
        }
    }

    /** A create answered 202, then its Location polled: once still processing, then with the create's answer. */
    private void acceptedResults(String template) {
        sandbox.faults().acceptCreates(1);
        HttpResponse<String> accepted = send("POST", "/api/v1/kling/text_to_video",
                "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\"}");
        sandbox.faults().acceptCreates(-1);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = java.net.URI.create(accepted.headers().firstValue("Location").orElseThrow()).getPath();
        for (int poll = 0; poll < 2; poll++) {
            record("GET", template, location, http.getPath(location));
        }
    }

    private void conflict(String method, String template, Operation op) throws Exception {
        String body = example(op);
        send(method, template, body, "Idempotency-Key", "conflict-" + template);
        String other = body.replaceFirst("\\{", "{\"callback_url\":\"http://127.0.0.1:9/other\",");
        record(method, template, template, send(method, template, other, "Idempotency-Key", "conflict-" + template));
        if (template.endsWith("edit_video") || template.endsWith("extend_video")) {
            record(method, template, template, send(method, template, body.replace("task_123", "task_busy")));
        }
    }

    private void injected(String method, String template, String operation, Operation op, int code)
            throws Exception {
        FaultHandle fault = code == 429 || code == 503
                ? sandbox.faults().on(method, operation).attempt(1).respond(code, ENVELOPE, Map.of("Retry-After", "2"))
                : sandbox.faults().on(method, operation).attempt(1).respond(code, ENVELOPE);
        String path = "GET".equals(method) ? path(template, "task_123") : template;
        HttpResponse<String> response = "GET".equals(method) ? http.getPath(path)
                : send(method, template, example(op));
        assertEquals(1, fault.fired());
        sandbox.faults().clear();
        record(method, template, path, response);
    }

    private List<String> validate(Seen s) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(s.response().statusCode())
                .withBody(s.response().body());
        s.response().headers().map().forEach(response::withHeader);
        ValidationReport report = VALIDATOR.validateResponse(s.path(), Request.Method.valueOf(s.method()),
                response.build());
        List<String> problems = new ArrayList<>();
        String where = s.method() + " " + s.path() + " -> " + s.response().statusCode() + ": ";
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(where + m.getMessage()));
        if (s.response().headers().firstValue("x-request-id").isEmpty()) {
            problems.add(where + "no x-request-id");
        }
        return problems;
    }

    private void record(String method, String template, String path, HttpResponse<String> response) {
        seen.add(new Seen(method, template, path, response));
    }

    private static HttpResponse<String> send(String method, String path, String body, String... headers) {
        return http.postJson(path, body, headers);
    }

    private static HttpResponse<String> unauthenticated(String method, String template) {
        String path = "GET".equals(method) ? path(template, "task_123") : template;
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUri() + path));
        if (ApiRoute.keyOptional(template)) {
            request.header("Authorization", "Bearer sk-wrong"); // answered without a key, but a wrong one is 401
        }
        request = "GET".equals(method) ? request.GET()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        return SandboxHttp.send(request.build());
    }

    private static String path(String template, String id) {
        return template.replace("{id}", id);
    }

    private static String example(Operation op) throws Exception {
        Object example = op.getRequestBody().getContent().get("application/json").getExample();
        return Json.MAPPER.writeValueAsString(example);
    }

    private static String tooLargeUpload() {
        String data = Base64.getEncoder().encodeToString(new byte[FileOperations.MAX_FILE_BYTES + 1]);
        return "{\"source\":{\"type\":\"base64\",\"data\":\"" + data + "\"},\"file_name\":\"big.bin\"}";
    }
}
