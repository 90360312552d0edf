package io.kling4j.contracts.pactspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proves the pact check can fail: deliberately wrong pacts are reported, correct ones are not. */
class PactSpecValidatorTest {
    private static final PactSpecValidator VALIDATOR = PactSpecValidator.forKlingSpec();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "request-duration-as-string.json,   validation.request.body.schema.type",
        "response-missing-status.json,      validation.response.body.schema.required",
        "response-wrong-type.json,          validation.response.body.schema.type",
        "response-undocumented-status.json, validation.response.status.unknown",
        "request-empty-list.json,           validation.request.body.schema.minItems",
        "request-without-key.json,          validation.request.security.missing",
    })
    void plantedMistakeIsReported(String file, String expectedKey) throws Exception {
        List<Violation> violations = VALIDATOR.validate(resource("planted-pacts/" + file));
        assertTrue(violations.stream().anyMatch(v -> v.key().equals(expectedKey)),
                () -> "expected " + expectedKey + " in " + violations);
    }

    @ParameterizedTest
    @CsvSource({"sample-v3.json, 4", "sample-v4.json, 4"})
    void correctPactHasNoViolations(String file, int interactions) throws Exception {
        Path pact = resource("valid-pacts/" + file);
        assertEquals(List.of(), VALIDATOR.validate(pact));
        assertEquals(interactions, VALIDATOR.interactionCount(pact));
    }

    @Test
    void commandLineExitsWithOneAndListsEveryPlantedMistake() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = PactSpecValidator.run(new String[] {resource("planted-pacts").toString()}, print(out));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, printed);
        assertTrue(printed.contains("duration_seconds sent as a string"), printed);
        assertTrue(printed.contains("Response status 403 not defined"), printed);
    }

    @Test
    void commandLineExitsWithZeroOnCorrectPactsAndTwoWithoutAny() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, PactSpecValidator.run(new String[] {resource("valid-pacts").toString()}, print(out)),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(2, PactSpecValidator.run(new String[0], print(out)));
        assertEquals(2, PactSpecValidator.run(new String[] {"does/not/exist.json"}, print(out)));
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException, IOException {
        var url = PactSpecValidatorTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException("test resource missing: " + name);
        }
        return Path.of(url.toURI());
    }
}
