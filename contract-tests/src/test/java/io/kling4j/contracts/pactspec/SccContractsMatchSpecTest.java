package io.kling4j.contracts.pactspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Spring Cloud Contract contract (target/contracts: src/test/resources/contracts and those generated from
 * the spec) agrees with the spec, request and
 * response, with the same strictness as the pacts; and the check can fail: each planted wrong contract
 * (src/test/resources/planted-contracts) is reported.
 */
class SccContractsMatchSpecTest {
    private static final PactSpecValidator VALIDATOR = PactSpecValidator.forKlingSpec();
    /** The hand-written and the generated contracts (GenerateTaskContracts), as the build passes them. */
    static final Path CONTRACTS = Path.of(System.getProperty("kling4j.contracts", "target/contracts"));
    private static final Path PLANTED = Path.of("src/test/resources/planted-contracts");

    @Test
    void everyContractMatchesTheSpec() throws Exception {
        List<Path> files = PactFiles.expand(List.of(CONTRACTS.toString()));
        assertFalse(files.isEmpty(), "no contracts under " + CONTRACTS.toAbsolutePath());
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            assertEquals(1, VALIDATOR.interactionCount(file), file + " holds one contract");
            VALIDATOR.validate(file).forEach(v -> all.append("\n  ").append(v));
        }
        assertEquals("", all.toString(), "contracts disagree with the spec");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "request-duration-as-string.yml,   validation.request.body.schema.type",
        "response-missing-status.yml,      validation.response.body.schema.required",
        "response-wrong-type.yml,          validation.response.body.schema.type",
        "response-undocumented-status.yml, validation.response.status.unknown",
    })
    void plantedWrongContractIsReported(String file, String expectedKey) throws Exception {
        List<Violation> violations = VALIDATOR.validate(PLANTED.resolve(file));
        assertTrue(violations.stream().anyMatch(v -> v.key().equals(expectedKey)),
                () -> file + " should report " + expectedKey + " but reported " + violations);
    }
}
