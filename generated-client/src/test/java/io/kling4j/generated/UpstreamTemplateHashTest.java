package io.kling4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template overrides stay upgradable: every file of generator-templates/src/main/templates that overrides an
 * OpenAPI Generator template records the SHA-256 of the upstream template it was made from, and the build fails
 * (with the upstream diff when the old jar is at hand) as soon as the pinned generator ships a different one.
 */
class UpstreamTemplateHashTest {
    private static final String ENUM = "libraries/native/modelEnum.mustache";
    private static final String ENUM_UPSTREAM = "Java/libraries/native/modelEnum.mustache";
    /** Being removed by issue 13 item 6 (User-Agent moves to the request interceptor); not checked meanwhile. */
    private static final Set<String> BEING_REMOVED = Set.of();

    private final String version = System.getProperty("openapi-generator.version");
    private final Path templates = Path.of(System.getProperty("kling4j.templates"));
    private final Path surface = Path.of(System.getProperty("kling4j.surface"));
    private final Path mavenRepo = Path.of(System.getProperty("kling4j.maven.repo"));
    private final UpstreamTemplates upstream =
            new UpstreamTemplates(version, getClass().getClassLoader(), mavenRepo);

    @Test
    void everyOverrideRecordsTheHashOfThePinnedUpstreamTemplate() {
        assertTrue(upstream.overrides(templates).contains(ENUM), () -> "overrides found: " + upstream.overrides(templates));
        List<String> problems = upstream.problems(templates, BEING_REMOVED);
        assertTrue(problems.isEmpty(), () -> String.join("\n\n", problems));
    }

    @Test
    void templatesUpstreamDoesNotHaveAreNotOverrides() {
        assertFalse(upstream.overrides(templates).contains("rules/KlingRules.mustache"));
        assertEquals(ENUM_UPSTREAM, upstream.upstreamOf(ENUM).orElseThrow());
        // the native library has no Pair.mustache of its own: the generator falls back to Java/Pair.mustache
        assertEquals("Java/Pair.mustache", upstream.upstreamOf("libraries/native/Pair.mustache").orElseThrow());
    }

    @Test
    void aChangedHashFailsAndSaysHowToUpdateIt(@TempDir Path dir) throws IOException {
        String hash = UpstreamTemplates.sha256(upstream.upstreamBytes(ENUM_UPSTREAM));
        String changed = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
        write(dir.resolve(ENUM), "{{!\n  upstream: " + ENUM_UPSTREAM + " sha256 " + changed
                + " (openapi-generator " + version + ")\n}}\n");

        List<String> problems = upstream.problems(dir, Set.of());

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("OpenAPI Generator " + version + " changed " + ENUM_UPSTREAM
                + " under the kling4j override " + ENUM), problems.get(0));
        assertTrue(problems.get(0).contains("re-apply the kling4j override (diff below) and update the hash line to: "
                + "upstream: " + ENUM_UPSTREAM + " sha256 " + hash), problems.get(0));
        assertTrue(problems.get(0).contains("the hash line was edited by hand"), problems.get(0));
    }

    @Test
    void anUpstreamChangeIsShownAsADiffFromTheRecordedVersion(@TempDir Path dir) throws IOException {
        String current = new String(upstream.upstreamBytes(ENUM_UPSTREAM), StandardCharsets.UTF_8);
        String old = current.replaceFirst("\n", "\n{{! a line that the old version had }}\n");
        Path repo = dir.resolve("repo");
        Path jar = repo.resolve("org/openapitools/openapi-generator/7.0.0/openapi-generator-7.0.0.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENUM_UPSTREAM));
            zip.write(old.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String oldHash = UpstreamTemplates.sha256(old.getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("templates").resolve(ENUM),
                "{{!\n  upstream: " + ENUM_UPSTREAM + " sha256 " + oldHash + " (openapi-generator 7.0.0)\n}}\n");

        List<String> problems = new UpstreamTemplates(version, getClass().getClassLoader(), repo)
                .problems(dir.resolve("templates"), Set.of());

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("(recorded from openapi-generator 7.0.0)"), problems.get(0));
        assertTrue(problems.get(0).contains("--- openapi-generator 7.0.0 " + ENUM_UPSTREAM + "\n+++ openapi-generator "
                + version + " " + ENUM_UPSTREAM + "\n@@ -1,"), problems.get(0));
        assertTrue(problems.get(0).contains("\n-{{! a line that the old version had }}\n"), problems.get(0));
    }

    @Test
    void aNewOverrideWithoutAHashLineFails(@TempDir Path dir) throws IOException {
        write(dir.resolve("libraries/native/Pair.mustache"), "{{! kling4j override, no hash line }}\n");

        List<String> problems = upstream.problems(dir, Set.of());

        assertEquals(1, problems.size(), problems::toString);
        String hash = UpstreamTemplates.sha256(upstream.upstreamBytes("Java/Pair.mustache"));
        assertTrue(problems.get(0).startsWith("libraries/native/Pair.mustache overrides OpenAPI Generator's"
                + " Java/Pair.mustache but its header comment has no upstream hash line"), problems.get(0));
        assertTrue(problems.get(0).endsWith("upstream: Java/Pair.mustache sha256 " + hash
                + " (openapi-generator " + version + ")"), problems.get(0));
    }

    /** The surface templates are kling4j's own; a file named like an upstream one replaces it and copies nothing. */
    @Test
    void surfaceReplacementsShareNoLineWithUpstream() {
        assertTrue(upstream.overrides(surface).contains("api.mustache"), () -> upstream.overrides(surface).toString());
        List<String> copied = upstream.copiedLines(surface);
        assertTrue(copied.isEmpty(), () -> "generator-templates/src/main/surface must not copy upstream templates"
                + " (a copy belongs in src/main/templates with an upstream hash line):\n" + String.join("\n", copied));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
