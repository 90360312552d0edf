package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.contracts.TaskEndpoint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SCC plugin skips a contract it cannot parse with only a warning; this fails the build instead: every YAML
 * contract (target/contracts, hand-written and generated from the spec) must have become a WireMock mapping, and
 * every task endpoint of the spec must have its generated contracts.
 */
class StubMappingsTest {
    private static final Path CONTRACTS = Path.of(System.getProperty("kling4j.contracts", "target/contracts"));

    @Test
    void everyContractBecameAMapping() throws Exception {
        long contracts = count(CONTRACTS.resolve("kling"), ".yml");
        long mappings = count(folder(KlingStubs.classpathRoot() + "/mappings/kling"), ".json");
        assertTrue(contracts > 0, "no contracts found");
        assertEquals(contracts, mappings, "contracts vs generated mappings");
    }

    @Test
    void everyTaskEndpointHasItsStandardContracts() {
        for (TaskEndpoint endpoint : TaskEndpoint.all()) {
            for (String name : new String[] {"create", "create_invalid_body", "create_invalid_key", "get_pending",
                "get_processing", "get_completed", "get_failed", "get_missing"}) {
                Path file = CONTRACTS.resolve("kling").resolve(endpoint.segment() + "_" + name + ".yml");
                assertTrue(Files.isRegularFile(file), file + " is missing");
            }
        }
    }

    private static Path folder(String classpathFolder) throws URISyntaxException, IOException {
        var url = StubMappingsTest.class.getClassLoader().getResource(classpathFolder);
        if (url == null) {
            throw new IOException(classpathFolder + " is not on the classpath");
        }
        return Path.of(url.toURI());
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
