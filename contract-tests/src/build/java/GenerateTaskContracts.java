import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import io.kling4j.spec.TaskOperations.TaskOperation;
import io.kling4j.spec.TaskSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by the exec plugin, as a single-file Java program, before Spring Cloud Contract reads the
 * contracts): writes OUT, the contracts the stubs, the producer tests and the checks use. OUT gets every
 * hand-written contract of IN (the calls that are not task endpoints and the cases about one endpoint), and, for
 * every task endpoint the spec declares ({@link TaskOperations}), its standard set, generated into
 * {@code OUT/kling/<segment>_*.yml}: create (200), invalid body (400), invalid key (401), GET of a task in each
 * status (200) and of an unknown id (404). A hand-written file of the same name wins.
 *
 * <p>The bodies are {@link TaskSamples}': the request example (else a minimal body from the schema) and the same
 * body without its first required field. Task ids are {@code <segment>_<status>}, as in
 * the pact ({@code io.kling4j.contracts.TaskEndpoint}). Usage:
 * {@code java -cp CLASSPATH GenerateTaskContracts.java IN OUT [SPEC]} (SPEC: an OpenAPI file; the bundled
 * {@code openapi/kling.yaml} by default).
 */
public class GenerateTaskContracts {
    private static final List<String> STATUSES = List.of("pending", "processing", "completed", "failed");
    private static final String HEADER = "# Generated from the spec by src/build/java/GenerateTaskContracts.java;"
            + " a hand-written contracts/kling/%s replaces it.\n";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES));

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String specText = args.length > 2 ? Files.readString(Path.of(args[2])) : KlingSpec.text();
        deleteTree(out);
        int copied = copyTree(in, out);
        Map<String, Object> spec = TaskOperations.parse(specText);
        int generated = 0;
        List<String> segments = new ArrayList<>();
        for (TaskOperation operation : TaskOperations.of(spec)) {
            segments.add(operation.segment());
            for (Map.Entry<String, ObjectNode> contract : contracts(spec, operation).entrySet()) {
                Path file = out.resolve("kling").resolve(contract.getKey() + ".yml");
                if (Files.exists(file)) {
                    System.out.println("[task contracts] " + file.getFileName() + " is hand-written; not generated");
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.format(HEADER, file.getFileName())
                        + YAML.writeValueAsString(contract.getValue()));
                generated++;
            }
        }
        System.out.println("[task contracts] " + copied + " hand-written + " + generated + " generated for "
                + segments + " -> " + out);
    }

    /** @return the standard contracts of one task endpoint, by file name (without .yml) */
    static Map<String, ObjectNode> contracts(Map<String, Object> spec, TaskOperation operation) {
        String segment = operation.segment();
        String path = operation.path();
        Map<String, ObjectNode> out = new java.util.LinkedHashMap<>();
        out.put(segment + "_create", contract(segment + "_create",
                "Creating " + aTask(segment) + " answers its id and status pending.",
                post(path, YAML.valueToTree(TaskSamples.valid(spec, operation))),
                response(200).set("body", YAML.createObjectNode().put("id", segment + "_created").put("status", "pending"))));
        String field = TaskSamples.invalidField(spec, operation);
        ObjectNode invalidBody = contract(segment + "_create_invalid_body",
                "A " + segment + " body that breaks the spec (" + field + ") is rejected with 400 invalid_request.",
                post(path, YAML.valueToTree(TaskSamples.invalid(spec, operation))),
                error(400, "invalid_request", field + ": is required"));
        // its request matches a valid body too (a stub matches the fields it names): the create stub goes first
        out.put(segment + "_create_invalid_body", withPriority(invalidBody, 10));
        ObjectNode invalidKey = contract(segment + "_create_invalid_key",
                "A create with the API key sk-invalid is rejected with 401 unauthorized, whatever the body.",
                request("POST", path, "Bearer sk-invalid", false), error(401, "unauthorized", "Missing or invalid API key"));
        out.put(segment + "_create_invalid_key", withPriority(invalidKey, 1)); // goes first, as a key check does
        for (String status : STATUSES) {
            String id = segment + "_" + status;
            ObjectNode task = YAML.createObjectNode().put("id", id).put("status", status);
            if (status.equals("completed")) {
                task.putArray("videos").addObject().put("url", "https://cdn.runapi.ai/videos/" + id + ".mp4");
                task.putObject("usage").put("cost", 0.35);
            } else if (status.equals("failed")) {
                task.put("error", "The model could not render this prompt");
            }
            out.put(segment + "_get_" + status, contract(segment + "_get_" + status,
                    segment + " task " + id + " is " + status + ".", get(path + "/" + id), response(200).set("body", task)));
        }
        String missing = segment + "_missing";
        out.put(segment + "_get_missing", contract(segment + "_get_missing",
                "Unknown " + segment + " task " + missing + " answers 404 not_found.", get(path + "/" + missing),
                error(404, "not_found", "Task not found")));
        return out;
    }

    private static String aTask(String segment) {
        return ("aeiou".indexOf(segment.charAt(0)) >= 0 ? "an " : "a ") + segment + " task";
    }

    private static ObjectNode contract(String name, String description, ObjectNode request, ObjectNode response) {
        ObjectNode contract = YAML.createObjectNode().put("name", name).put("description", description);
        contract.set("request", request);
        contract.set("response", response);
        return contract;
    }

    /** @return {@code contract} with a stub priority (1 first; WireMock's default is 5) */
    private static ObjectNode withPriority(ObjectNode contract, int priority) {
        ObjectNode out = YAML.createObjectNode().put("name", contract.get("name").asText())
                .put("description", contract.get("description").asText()).put("priority", priority);
        out.set("request", contract.get("request"));
        out.set("response", contract.get("response"));
        return out;
    }

    private static ObjectNode post(String path, JsonNode body) {
        ObjectNode request = request("POST", path, "Bearer sk-test", true);
        request.set("body", body);
        return withKeyMatcher(request);
    }

    private static ObjectNode get(String path) {
        return withKeyMatcher(request("GET", path, "Bearer sk-test", false));
    }

    private static ObjectNode request(String method, String path, String authorization, boolean json) {
        ObjectNode request = YAML.createObjectNode().put("method", method).put("url", path);
        ObjectNode headers = request.putObject("headers");
        if (json) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("Authorization", authorization);
        return request;
    }

    /** Any bearer key matches (the stubs' users send their own). */
    private static ObjectNode withKeyMatcher(ObjectNode request) {
        request.putObject("matchers").putArray("headers").addObject().put("key", "Authorization").put("regex", "Bearer \\S+");
        return request;
    }

    private static ObjectNode response(int status) {
        ObjectNode response = YAML.createObjectNode().put("status", status);
        response.putObject("headers").put("Content-Type", "application/json");
        return response;
    }

    private static ObjectNode error(int status, String code, String message) {
        ObjectNode response = response(status);
        response.putObject("body").putObject("error").put("code", code).put("message", message);
        return response;
    }

    private static int copyTree(Path in, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.walk(in)) {
            files = found.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = out.resolve(in.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return files.size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> found = Files.walk(dir)) {
            for (Path p : found.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
