package io.kling4j.contracts.stubs;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The WireMock stubs that Spring Cloud Contract generates from {@code src/test/resources/contracts}. They sit on
 * the classpath (and in this module's jar) under {@link #classpathRoot()}{@code /mappings/kling/}; the root
 * contains the project version, so it is read from {@code META-INF/kling4j-stubs.properties}.
 */
public final class KlingStubs {
    /** Filtered resource naming the versioned classpath root of the stubs. */
    public static final String PROPERTIES = "META-INF/kling4j-stubs.properties";
    /** WireMock scenario of the text-to-video lifecycle contracts (folder {@code text_to_video_lifecycle}). */
    public static final String LIFECYCLE_SCENARIO = "Scenario_text_to_video_lifecycle";

    private KlingStubs() {
    }

    /** @return e.g. {@code META-INF/io.kling4j/kling4j-contract-tests/0.1.0-SNAPSHOT} */
    public static String classpathRoot() {
        try (InputStream in = KlingStubs.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("root");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a stopped WireMock server on 127.0.0.1 (random port) serving every generated stub */
    public static WireMockServer newServer() {
        return new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderClasspath(classpathRoot()));
    }

    /** @return the base URL of a started server, for the generated client or the facade */
    public static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
