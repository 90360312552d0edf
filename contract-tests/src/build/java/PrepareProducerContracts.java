import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (run by the exec plugin, as a single-file Java program, before Spring Cloud Contract's
 * {@code generateTests}): copies every SCC YAML contract from IN to OUT and adds the producer-side response
 * matchers that say how the provider's answer is compared. The contracts stay as written for the stubs; only the
 * generated producer tests read OUT.
 *
 * <p>The rule (docs/contract-tests.md, "Producer tests"): the response status and every header are checked as
 * SCC does; in the body, {@code status}, {@code error.code} and every string equal to a segment of the request
 * URL (task ids) must be equal; every other field must be present with the contract's JSON type, since ids,
 * URLs, times, amounts and messages are the provider's own. Numeric header values (Retry-After) match {@code \d+};
 * a header holding a path or URL (Location) matches the same path ending in any id.
 * A matcher the contract declares itself wins. Usage: {@code java -cp CLASSPATH PrepareProducerContracts.java IN OUT}
 */
public class PrepareProducerContracts {
    private static final Set<String> PINNED = Set.of("$.status", "$.error.code");
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> found = Files.walk(in)) {
            files = found.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Path target = out.resolve(in.relativize(file).toString());
            Files.createDirectories(target.getParent());
            StringWriter text = new StringWriter();
            try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
                while (docs.hasNext()) {
                    JsonNode contract = docs.next();
                    if (contract instanceof ObjectNode object) {
                        addResponseMatchers(object);
                    }
                    text.append(YAML.writeValueAsString(contract));
                }
            }
            String written = text.toString();
            if (!Files.exists(target) || !Files.readString(target).equals(written)) {
                Files.writeString(target, written);
            }
        }
        removeStale(in, out, files);
        System.out.println("[producer contracts] " + files.size() + " contract file(s) of " + in + " -> " + out);
    }

    /** Deletes copies whose contract is gone, so that no test is generated from a deleted contract. */
    private static void removeStale(Path in, Path out, List<Path> contracts) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        Set<Path> wanted = new HashSet<>();
        contracts.forEach(c -> wanted.add(out.resolve(in.relativize(c).toString()).normalize()));
        try (Stream<Path> found = Files.walk(out)) {
            for (Path file : found.filter(Files::isRegularFile).toList()) {
                if (!wanted.contains(file.normalize())) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Adds by_type body matchers and \d+ header matchers to {@code contract}'s response (see the class doc). */
    static void addResponseMatchers(ObjectNode contract) {
        JsonNode response = contract.path("response");
        if (!(response instanceof ObjectNode res)) {
            return;
        }
        ObjectNode matchers = res.has("matchers") ? (ObjectNode) res.get("matchers") : res.putObject("matchers");
        ArrayNode bodyMatchers = matchers.has("body") ? (ArrayNode) matchers.get("body") : matchers.putArray("body");
        Set<String> declared = new HashSet<>();
        bodyMatchers.forEach(m -> declared.add(m.path("path").asText()));
        Set<String> urlSegments = new HashSet<>(Arrays.asList(
                contract.path("request").path("url").asText(contract.path("request").path("urlPath").asText()).split("[/?&=]")));
        List<String> relaxed = new ArrayList<>();
        if (res.path("body").isContainerNode()) {
            leaves("$", res.path("body"), urlSegments, relaxed);
        }
        relaxed.stream().filter(p -> !declared.contains(p))
                .forEach(p -> bodyMatchers.addObject().put("path", p).put("type", "by_type"));
        ArrayNode headerMatchers = matchers.has("headers") ? (ArrayNode) matchers.get("headers") : matchers.putArray("headers");
        Set<String> declaredHeaders = new HashSet<>();
        headerMatchers.forEach(m -> declaredHeaders.add(m.path("key").asText().toLowerCase()));
        for (Map.Entry<String, JsonNode> header : res.path("headers").properties()) {
            String value = header.getValue().asText();
            if (declaredHeaders.contains(header.getKey().toLowerCase())) {
                continue;
            }
            if (value.matches("\\d+")) {
                headerMatchers.addObject().put("key", header.getKey()).put("regex", "\\d+");
            } else if ((value.startsWith("/") || value.startsWith("http")) && value.lastIndexOf('/') < value.length() - 1) {
                // a Location-like header: the same path, ending in the provider's own id
                String prefix = value.substring(0, value.lastIndexOf('/') + 1);
                headerMatchers.addObject().put("key", header.getKey()).put("regex", Pattern.quote(prefix) + "[^/?#]+");
            }
        }
        if (bodyMatchers.isEmpty()) {
            matchers.remove("body");
        }
        if (headerMatchers.isEmpty()) {
            matchers.remove("headers");
        }
        if (matchers.isEmpty()) {
            res.remove("matchers");
        }
    }

    private static void leaves(String at, JsonNode node, Set<String> urlSegments, List<String> relaxed) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                leaves(SIMPLE_KEY.matcher(key).matches() ? at + "." + key : at + "['" + key + "']",
                        field.getValue(), urlSegments, relaxed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(at + "[" + i + "]", node.get(i), urlSegments, relaxed);
            }
        } else if (!node.isNull() && !node.isMissingNode() && !PINNED.contains(at)
                && !(node.isTextual() && urlSegments.contains(node.asText()))) {
            relaxed.add(at);
        }
    }
}
