package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.kling4j.spec.KlingSpec;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Property-based API fuzzing of the sandbox from the spec: a few thousand seeded requests from
 * {@link SpecFuzzer} (valid bodies, mutated fields, missing and unknown fields, odd ids, wrong headers). Every
 * answer must be a status the spec documents for that operation, with headers and body as the spec describes
 * them, and never a 500. Half the run, creates answer 202 with a Location (RunAPI's hybrid task API), whose ids
 * are then polled too. Set {@code -Dkling4j.fuzz.seed} and {@code -Dkling4j.fuzz.requests} to vary the run;
 * a failure names its seed and request.
 */
class SpecFuzzTest {
    private static final String KEY = "sk-fuzz";
    private static final long SEED = Long.getLong("kling4j.fuzz.seed", 20261129L);
    private static final int REQUESTS = Integer.getInteger("kling4j.fuzz.requests", 3000);
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(KlingSpec.text()).build();

    @Test
    void everyAnswerIsDocumentedForItsOperationAndNoneIsA500() {
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        SpecFuzzer fuzzer = new SpecFuzzer(new OpenAPIV3Parser().readContents(KlingSpec.text(), null, options)
                .getOpenAPI(), SEED, KEY);
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (KlingSandbox sandbox = KlingSandbox.builder().apiKey(KEY).clock(new MutableClock()).build().start()) {
            sandbox.seedTask("text_to_video", "task_123", "completed");
            sandbox.seedTask("text_to_video", "task_busy", "processing");
            sandbox.seedTask("text_to_video", "task_broken", "failed");
            for (int i = 0; i < REQUESTS && problems.size() < 20; i++) {
                if (i % 500 == 0) {
                    sandbox.faults().acceptCreates((i / 500) % 2 == 1 ? 1 : -1); // half the run: 202 + Location
                }
                SpecFuzzer.Request request = fuzzer.next();
                HttpResponse<String> response = send(sandbox.baseUri(), request);
                statuses.merge(request.method() + " " + response.statusCode(), 1, Integer::sum);
                String where = "seed " + SEED + " #" + i + " " + request.method() + " " + request.path() + " ["
                        + request.mutation() + "] " + request.headers().keySet() + " "
                        + abbreviate(request.body()) + " -> " + response.statusCode() + " " + abbreviate(response.body());
                if (response.statusCode() >= 500) {
                    problems.add(where);
                }
                problems.addAll(validate(request, response).stream().map(m -> where + ": " + m).toList());
                if (response.statusCode() / 100 == 2 && request.template().startsWith(TaskEndpoint.PREFIX)
                        && "POST".equals(request.method())) {
                    fuzzer.learn(SandboxHttp.json(response).path("id").asText());
                }
            }
        }
        System.out.println("Spec fuzz, seed " + SEED + ", " + REQUESTS + " requests: " + statuses);
        assertEquals(List.of(), problems);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s.equals("POST 200")), "some creates succeed " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s.equals("GET 404")), "odd ids are polled " + statuses);
    }

    private static List<String> validate(SpecFuzzer.Request request, HttpResponse<String> response) {
        SimpleResponse.Builder built = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(built::withHeader);
        ValidationReport report = VALIDATOR.validateResponse(request.path(), Request.Method.valueOf(request.method()),
                built.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + " " + m.getMessage()).toList();
    }

    private static HttpResponse<String> send(URI base, SpecFuzzer.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()));
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        return SandboxHttp.send(builder.build());
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
