package io.kling4j.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Locates the OpenAPI document of RunAPI's Kling API on the classpath. */
public final class KlingSpec {
    /** Classpath location of the spec. */
    public static final String RESOURCE = "openapi/kling.yaml";

    private KlingSpec() {
    }

    /** @return the URL of the spec resource */
    public static URL url() {
        URL url = KlingSpec.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("spec resource missing from the classpath: " + RESOURCE);
        }
        return url;
    }

    /** @return the spec as YAML text */
    public static String text() {
        try (InputStream in = url().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
