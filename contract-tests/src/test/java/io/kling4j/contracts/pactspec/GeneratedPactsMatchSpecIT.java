package io.kling4j.contracts.pactspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every interaction of every pact the consumer tests wrote (target/pacts) agrees with the OpenAPI spec. */
class GeneratedPactsMatchSpecIT {
    private static final Path PACT_DIR = Path.of(System.getProperty("pact.rootDir", "target/pacts"));

    @Test
    void everyInteractionOfEveryPactMatchesTheSpec() throws Exception {
        List<Path> pacts = PactFiles.expand(List.of(PACT_DIR.toString()));
        assertFalse(pacts.isEmpty(), "the consumer tests wrote no pact into " + PACT_DIR.toAbsolutePath());
        PactSpecValidator validator = PactSpecValidator.forKlingSpec();
        for (Path pact : pacts) {
            assertTrue(validator.interactionCount(pact) > 0, pact + " has no HTTP interactions");
            List<Violation> violations = validator.validate(pact);
            assertEquals(List.of(), violations, () -> pact + " disagrees with the spec:\n  "
                    + String.join("\n  ", violations.stream().map(Violation::toString).toList()));
        }
    }
}
