package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SCC plugin skips a contract it cannot parse with only a warning; this fails the build instead: every YAML
 * contract must have become a WireMock mapping.
 */
class StubMappingsTest {
    @Test
    void everyContractBecameAMapping() throws Exception {
        long contracts = count(folder("contracts/kling"), ".yml");
        long mappings = count(folder(KlingStubs.classpathRoot() + "/mappings/kling"), ".json");
        assertTrue(contracts > 0, "no contracts found");
        assertEquals(contracts, mappings, "contracts vs generated mappings");
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
