package io.kling4j.contracts.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The SCC contracts the generated producer tests were made from, found by test method name: Spring Cloud
 * Contract names each test {@code validate_<contract name>}. The folder is the system property
 * {@value #PROPERTY} (the build's copy, {@code target/producer-contracts}, by default); every YAML file under it
 * is read, so contracts added later need no registration.
 */
final class ProducerContracts {
    static final String PROPERTY = "kling4j.producer.contracts";
    private static final Map<Path, Map<String, JsonNode>> BY_FOLDER = new ConcurrentHashMap<>();

    private ProducerContracts() {
    }

    /** @return the folder of the contracts the running producer tests were generated from */
    static Path folder() {
        return Path.of(System.getProperty(PROPERTY, "target/producer-contracts"));
    }

    /** @return the contract of the generated test method {@code testMethod} (e.g. {@code validate_account_get}) */
    static JsonNode forTest(String testMethod) {
        String key = key(testMethod.replaceFirst("^validate_", ""));
        JsonNode contract = BY_FOLDER.computeIfAbsent(folder().toAbsolutePath(), ProducerContracts::read).get(key);
        if (contract == null) {
            throw new IllegalStateException("no contract under " + folder() + " for test " + testMethod);
        }
        return contract;
    }

    /** Contract names and file names compared as SCC turns them into method names: letters and digits only. */
    private static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> read(Path folder) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> byName = new HashMap<>();
        try (Stream<Path> found = Files.walk(folder)) {
            List<Path> files = found.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).toList();
            for (Path file : files) {
                try (var docs = yaml.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
                    while (docs.hasNext()) {
                        JsonNode contract = docs.next();
                        String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                        byName.put(key(contract.path("name").asText(fileName)), contract);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the producer contracts under " + folder, e);
        }
        return byName;
    }
}
