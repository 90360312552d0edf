package io.kling4j.generated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compares kling4j's template overrides with OpenAPI Generator's own Java templates (read from the pinned
 * {@code openapi-generator} jar on the test classpath). A file is an <em>override</em> when its path relative to
 * the template directory names an upstream template: {@code Java/<path>}, or for {@code libraries/native/X}
 * also {@code Java/X} (the generator's own fallback). Every override records, in its header comment, the
 * SHA-256 of the upstream template it was made from: {@code upstream: <template> sha256 <hex> (openapi-generator
 * <version>)}.
 */
final class UpstreamTemplates {
    static final Pattern HASH_LINE =
            Pattern.compile("upstream: (\\S+) sha256 ([0-9a-f]{64}) \\(openapi-generator ([^)\\s]+)\\)");
    private static final String NATIVE = "libraries/native/";
    /** Lines this long or longer (trimmed) count as shared text when checking that a replacement is no copy. */
    private static final int SUBSTANTIAL = 30;

    private final String version;
    private final ClassLoader loader;
    private final Path mavenRepo;

    /**
     * @param version the pinned openapi-generator version (the jar on {@code loader}'s classpath)
     * @param loader where the pinned generator's templates are resources
     * @param mavenRepo the local Maven repository, where the jar of an older version may be found for a diff
     */
    UpstreamTemplates(String version, ClassLoader loader, Path mavenRepo) {
        this.version = version;
        this.loader = loader;
        this.mavenRepo = mavenRepo;
    }

    /** The upstream template that {@code relativePath} (with {@code /}) overrides, if any. */
    Optional<String> upstreamOf(String relativePath) {
        List<String> candidates = new ArrayList<>(List.of("Java/" + relativePath));
        if (relativePath.startsWith(NATIVE)) {
            candidates.add("Java/" + relativePath.substring(NATIVE.length()));
        }
        return candidates.stream().filter(name -> resource(name) != null).findFirst();
    }

    /** Every {@code .mustache} under {@code dir} that overrides an upstream template, as relative paths. */
    List<String> overrides(Path dir) {
        return mustacheFiles(dir).stream().filter(rel -> upstreamOf(rel).isPresent()).toList();
    }

    /** What is wrong with the overrides under {@code dir}, one message per override; empty when all is well. */
    List<String> problems(Path dir, Set<String> skipped) {
        List<String> problems = new ArrayList<>();
        for (String rel : overrides(dir)) {
            if (skipped.contains(rel)) {
                continue;
            }
            String upstream = upstreamOf(rel).orElseThrow();
            String actual = sha256(upstreamBytes(upstream));
            String expectedLine = "upstream: " + upstream + " sha256 " + actual + " (openapi-generator " + version + ")";
            Matcher line = HASH_LINE.matcher(read(dir.resolve(rel)));
            if (!line.find()) {
                problems.add(rel + " overrides OpenAPI Generator's " + upstream + " but its header comment has no"
                        + " upstream hash line; after checking the override against that template, add: " + expectedLine);
            } else if (!line.group(1).equals(upstream)) {
                problems.add(rel + " records " + line.group(1) + ", but OpenAPI Generator " + version
                        + " renders it from " + upstream + ": re-apply the override to that template and write: "
                        + expectedLine);
            } else if (!line.group(2).equals(actual)) {
                problems.add("OpenAPI Generator " + version + " changed " + upstream + " under the kling4j override "
                        + rel + " (recorded from openapi-generator " + line.group(3) + "): re-apply the kling4j"
                        + " override (diff below) and update the hash line to: " + expectedLine + "\n"
                        + diffSince(upstream, line.group(3), line.group(2)));
            }
        }
        return problems;
    }

    /**
     * For a folder of kling4j's own <em>replacements</em> (not copies): the substantial lines that a file sharing
     * an upstream template's name has in common with that template, as {@code file: line}.
     */
    List<String> copiedLines(Path dir) {
        List<String> copied = new ArrayList<>();
        for (String rel : overrides(dir)) {
            Set<String> upstreamLines = substantialLines(new String(upstreamBytes(upstreamOf(rel).orElseThrow()),
                    StandardCharsets.UTF_8));
            substantialLines(read(dir.resolve(rel))).stream().filter(upstreamLines::contains)
                    .forEach(l -> copied.add(rel + ": " + l));
        }
        return copied;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] upstreamBytes(String template) {
        URL url = resource(template);
        if (url == null) {
            throw new IllegalStateException(template + " is not on the test classpath");
        }
        if (!url.toString().contains("openapi-generator-" + version + ".jar")) {
            throw new IllegalStateException(template + " comes from " + url + ", not openapi-generator " + version);
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String diffSince(String template, String oldVersion, String recordedHash) {
        Path jar = mavenRepo.resolve("org/openapitools/openapi-generator/" + oldVersion
                + "/openapi-generator-" + oldVersion + ".jar");
        if (!Files.isRegularFile(jar)) {
            return "(no diff: openapi-generator " + oldVersion + " is not in the local Maven repository; fetch it with"
                    + " `./mvnw -B dependency:get -Dartifact=org.openapitools:openapi-generator:" + oldVersion
                    + "` and rerun this test to see what upstream changed.)";
        }
        byte[] old = entry(jar, template);
        if (old == null || !sha256(old).equals(recordedHash)) {
            return "(no diff: " + template + " in " + jar + " does not have the recorded hash either, so the hash"
                    + " line was edited by hand or copied from another template: restore it.)";
        }
        return LineDiff.unified("openapi-generator " + oldVersion + " " + template,
                "openapi-generator " + version + " " + template,
                lines(new String(old, StandardCharsets.UTF_8)),
                lines(new String(upstreamBytes(template), StandardCharsets.UTF_8)));
    }

    private static byte[] entry(Path jar, String name) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URL resource(String name) {
        return loader.getResource(name);
    }

    private static List<String> mustacheFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".mustache"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> substantialLines(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String l : lines(text)) {
            if (l.strip().length() >= SUBSTANTIAL) {
                result.add(l.strip());
            }
        }
        return result;
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
