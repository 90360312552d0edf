package io.kling4j.contracts.pactspec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns command-line arguments (pact files or directories holding them) into a sorted list of files. */
final class PactFiles {
    private PactFiles() {
    }

    static List<Path> expand(List<String> filesOrDirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : filesOrDirs) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
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
}
