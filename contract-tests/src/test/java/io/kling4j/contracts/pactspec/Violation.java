package io.kling4j.contracts.pactspec;

import java.nio.file.Path;

/** One way in which one pact interaction disagrees with the OpenAPI spec. */
public record Violation(Path pactFile, String interaction, String key, String message) {
    @Override
    public String toString() {
        return pactFile.getFileName() + " :: \"" + interaction + "\" :: " + key + ": " + message;
    }
}
