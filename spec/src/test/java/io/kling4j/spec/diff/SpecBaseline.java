package io.kling4j.spec.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last released spec: the only file in {@code spec/src/main/resources/openapi/baseline/}, named
 * {@code kling-<version>.yaml}. Releasing moves it (see docs/spec-changes.md).
 */
final class SpecBaseline {
    /** Baseline folder, relative to the spec module (surefire runs with the module as working directory). */
    static final Path DIR = Path.of("src/main/resources/openapi/baseline");
    /** The current spec, relative to the spec module. */
    static final Path CURRENT = Path.of("src/main/resources/openapi/kling.yaml");
    /** Where the change report is written, relative to the spec module. */
    static final Path REPORT = Path.of("target/spec-diff.md");

    private SpecBaseline() {
    }

    /** @return the single baseline file; fails when there is none or more than one */
    static Path file() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yamls = files.filter(p -> p.getFileName().toString().matches("kling-.+\\.yaml")).toList();
            if (yamls.size() != 1) {
                throw new IllegalStateException("expected exactly one kling-<version>.yaml in " + DIR + ", found " + yamls);
            }
            return yamls.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
