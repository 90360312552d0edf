package io.kling4j.contracts.pactspec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line arguments (pact files, SCC contracts, or directories holding them) into a sorted list of
 * files: {@code .json} pacts and {@code .yml}/{@code .yaml} contracts.
 */
final class PactFiles {
    private PactFiles() {
    }

    static List<Path> expand(List<String> filesOrDirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : filesOrDirs) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".json") || isContract(p)))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such pact file or directory: " + path.toAbsolutePath());
            }
        }
        return files;
    }

    /** @return true for a Spring Cloud Contract YAML file */
    static boolean isContract(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
