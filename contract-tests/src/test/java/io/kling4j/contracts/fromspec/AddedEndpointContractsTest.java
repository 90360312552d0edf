package io.kling4j.contracts.fromspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kling4j.contracts.LipSyncSpec;
import io.kling4j.contracts.TaskEndpoint;
import io.kling4j.contracts.coverage.ContractCoverage;
import io.kling4j.contracts.coverage.CoverageInputs;
import io.kling4j.contracts.pactspec.PactSpecValidator;
import io.kling4j.contracts.pactspec.Violation;
import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A task endpoint added to the spec (and nowhere else) gets its sample bodies, its standard SCC contracts, and a
 * place in the coverage gate: the build's own contract writer (src/build/java/GenerateTaskContracts.java, run as
 * a separate process, as in the build) on the spec plus {@code lip_sync} ({@link LipSyncSpec}).
 */
class AddedEndpointContractsTest {
    private static final Path WORK = Path.of("target/added-endpoint");
    private static final Path CONTRACTS = WORK.resolve("contracts");
    private static final Path SPEC = WORK.resolve("kling.yaml");

    @BeforeAll
    static void generateTheContractsOfTheChangedSpec() throws Exception {
        Files.createDirectories(WORK);
        Files.writeString(SPEC, LipSyncSpec.text(true));
        String classpath = String.join(File.pathSeparator, jarOf(ObjectMapper.class), jarOf(JsonFactory.class),
                jarOf(JsonProperty.class), jarOf(YAMLFactory.class), jarOf(Yaml.class), jarOf(TaskOperations.class));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", classpath, "src/build/java/GenerateTaskContracts.java", "src/test/resources/contracts",
                CONTRACTS.toString(), SPEC.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "GenerateTaskContracts exit code");
    }

    @Test
    void theSamplesAreTheExampleAndTheExampleWithoutItsFirstRequiredField() {
        List<TaskEndpoint> endpoints = TaskEndpoint.fromSpec(LipSyncSpec.text(true));
        assertEquals(TaskEndpoint.all().size() + 1, endpoints.size());
        TaskEndpoint lipSync = endpoints.stream().filter(e -> e.segment().equals("lip_sync")).findFirst().orElseThrow();
        assertEquals(LipSyncSpec.PATH, lipSync.path());
        assertEquals("kling-lip-sync", lipSync.validBody().path("model").asText());
        assertEquals("https://example.com/voice.mp3", lipSync.validBody().path("source_audio_url").asText());
        assertEquals("model", lipSync.invalidField());
        assertFalse(lipSync.invalidBody().has("model"));
        assertEquals(lipSync.validBody().size() - 1, lipSync.invalidBody().size());
    }

    @Test
    void withoutAnExampleTheBodyIsBuiltFromTheRequiredFieldsAndTheModels() {
        TaskEndpoint lipSync = TaskEndpoint.fromSpec(LipSyncSpec.text(false)).stream()
                .filter(e -> e.segment().equals("lip_sync")).findFirst().orElseThrow();
        assertEquals(Map.of("model", "kling-lip-sync", "source_video_url", "https://example.com/source_video.mp4",
                "source_audio_url", "https://example.com/source_audio.mp3"),
                new ObjectMapper().convertValue(lipSync.validBody(), Map.class));
    }

    @Test
    void theNewEndpointGetsItsStandardContractsAndTheyMatchTheChangedSpec() throws Exception {
        List<Path> lipSync;
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("kling"))) {
            lipSync = files.filter(f -> f.getFileName().toString().startsWith("lip_sync_")).sorted().toList();
        }
        assertEquals(List.of("lip_sync_create.yml", "lip_sync_create_invalid_body.yml",
                "lip_sync_create_invalid_key.yml", "lip_sync_get_completed.yml", "lip_sync_get_failed.yml",
                "lip_sync_get_missing.yml", "lip_sync_get_pending.yml", "lip_sync_get_processing.yml"),
                lipSync.stream().map(f -> f.getFileName().toString()).toList());
        PactSpecValidator validator = PactSpecValidator.forSpecFile(SPEC);
        List<Violation> violations = new ArrayList<>();
        for (Path file : lipSync) {
            violations.addAll(validator.validate(file));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCoverageGateCountsTheNewOperationsAndTheGeneratedContractsCoverThem() throws Exception {
        var before = CoverageInputs.operations(KlingSpec.text());
        var after = CoverageInputs.operations(LipSyncSpec.text(true));
        assertEquals(before.size() + 2, after.size());
        List<String> gaps = new ContractCoverage(after)
                .add("scc", CoverageInputs.interactions("scc", List.of(CONTRACTS))).gaps();
        assertEquals(List.of(), gaps, "the generated contracts cover lip_sync");
        List<String> withoutIt = new ContractCoverage(after).add("scc", CoverageInputs.interactions("scc",
                List.of(Path.of(System.getProperty("kling4j.contracts", "target/contracts"))))).gaps();
        assertTrue(withoutIt.contains("scc: createLipSync (POST /api/v1/kling/lip_sync) has no success interaction"),
                withoutIt.toString());
        assertTrue(withoutIt.contains("scc: getLipSync (GET /api/v1/kling/lip_sync/{id}) has no error interaction"),
                withoutIt.toString());
        assertEquals(4, withoutIt.size(), "the build's contracts lack only lip_sync's: " + withoutIt);
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
