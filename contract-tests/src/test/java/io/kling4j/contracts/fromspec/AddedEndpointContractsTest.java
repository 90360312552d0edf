package io.kling4j.contracts.fromspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kling4j.contracts.ProbeEndpointSpec;
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
 * a separate process, as in the build) on the spec plus {@code contract_probe} ({@link ProbeEndpointSpec}).
 */
class AddedEndpointContractsTest {
    private static final Path WORK = Path.of("target/added-endpoint");
    private static final Path CONTRACTS = WORK.resolve("contracts");
    private static final Path SPEC = WORK.resolve("kling.yaml");

    @BeforeAll
    static void generateTheContractsOfTheChangedSpec() throws Exception {
        Files.createDirectories(WORK);
        Files.writeString(SPEC, ProbeEndpointSpec.text(true));
        String classpath = String.join(File.pathSeparator, jarOf(ObjectMapper.class), jarOf(JsonFactory.class),
                jarOf(JsonProperty.class), jarOf(YAMLFactory.class), jarOf(Yaml.class), jarOf(TaskOperations.class));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", classpath, "src/build/java/GenerateTaskContracts.java", "src/test/resources/contracts",
                CONTRACTS.toString(), SPEC.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "GenerateTaskContracts exit code");
    }

    @Test
    void theSamplesAreTheExampleAndTheExampleWithoutItsFirstRequiredField() {
        List<TaskEndpoint> endpoints = TaskEndpoint.fromSpec(ProbeEndpointSpec.text(true));
        assertEquals(TaskEndpoint.all().size() + 1, endpoints.size());
        TaskEndpoint probe = endpoints.stream().filter(e -> e.segment().equals("contract_probe")).findFirst().orElseThrow();
        assertEquals(ProbeEndpointSpec.PATH, probe.path());
        assertEquals("kling-contract-probe", probe.validBody().path("model").asText());
        assertEquals("https://example.com/voice.mp3", probe.validBody().path("source_audio_url").asText());
        assertEquals("model", probe.invalidField());
        assertFalse(probe.invalidBody().has("model"));
        assertEquals(probe.validBody().size() - 1, probe.invalidBody().size());
    }

    @Test
    void withoutAnExampleTheBodyIsBuiltFromTheRequiredFieldsAndTheModels() {
        TaskEndpoint probe = TaskEndpoint.fromSpec(ProbeEndpointSpec.text(false)).stream()
                .filter(e -> e.segment().equals("contract_probe")).findFirst().orElseThrow();
        assertEquals(Map.of("model", "kling-contract-probe", "source_video_url", "https://example.com/source_video.mp4",
                "source_audio_url", "https://example.com/source_audio.mp3"),
                new ObjectMapper().convertValue(probe.validBody(), Map.class));
    }

    @Test
    void theNewEndpointGetsItsStandardContractsAndTheyMatchTheChangedSpec() throws Exception {
        List<Path> probe;
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("kling"))) {
            probe = files.filter(f -> f.getFileName().toString().startsWith("contract_probe_")).sorted().toList();
        }
        assertEquals(List.of("contract_probe_create.yml", "contract_probe_create_invalid_body.yml",
                "contract_probe_create_invalid_key.yml", "contract_probe_get_completed.yml", "contract_probe_get_failed.yml",
                "contract_probe_get_missing.yml", "contract_probe_get_pending.yml", "contract_probe_get_processing.yml"),
                probe.stream().map(f -> f.getFileName().toString()).toList());
        PactSpecValidator validator = PactSpecValidator.forSpecFile(SPEC);
        List<Violation> violations = new ArrayList<>();
        for (Path file : probe) {
            violations.addAll(validator.validate(file));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCoverageGateCountsTheNewOperationsAndTheGeneratedContractsCoverThem() throws Exception {
        var before = CoverageInputs.operations(KlingSpec.text());
        var after = CoverageInputs.operations(ProbeEndpointSpec.text(true));
        assertEquals(before.size() + 2, after.size());
        List<String> gaps = new ContractCoverage(after)
                .add("scc", CoverageInputs.interactions("scc", List.of(CONTRACTS))).gaps();
        assertEquals(List.of(), gaps, "the generated contracts cover contract_probe");
        List<String> withoutIt = new ContractCoverage(after).add("scc", CoverageInputs.interactions("scc",
                List.of(Path.of(System.getProperty("kling4j.contracts", "target/contracts"))))).gaps();
        assertTrue(withoutIt.contains("scc: createContractProbe (POST /api/v1/kling/contract_probe) has no success interaction"),
                withoutIt.toString());
        assertTrue(withoutIt.contains("scc: getContractProbe (GET /api/v1/kling/contract_probe/{id}) has no error interaction"),
                withoutIt.toString());
        assertEquals(4, withoutIt.size(), "the build's contracts lack only contract_probe's: " + withoutIt);
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
