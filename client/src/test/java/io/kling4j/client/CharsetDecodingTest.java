package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ValidationException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: bodies decode by their declared charset, UTF-8 when none, whatever the platform charset. The
 * client POM runs this class a second time with {@code -Dfile.encoding=US-ASCII}.
 */
class CharsetDecodingTest {
    private static final String NON_ASCII = "Überlastung – 请稍后再试 🎬";
    private final ScriptedServer server = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-charset").baseUrl(server.baseUrl()).build();

    CharsetDecodingTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void runsUnderThePlatformCharsetItWasAskedFor() {
        String expected = System.getProperty("kling4j.expectPlatformCharset");
        if (expected != null) {
            assertEquals(Charset.forName(expected), Charset.defaultCharset(), "the forked JVM's platform charset");
        }
    }

    @Test
    void aUtf8BodyWithoutCharsetIsReadAsUtf8() {
        server.then(new ScriptedServer.Reply(200, Map.of("Content-Type", "application/json"),
                ("{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"" + NON_ASCII + "\"}").getBytes(StandardCharsets.UTF_8)));
        KlingTask task = client.get(Endpoint.of("text_to_video"), "t1");
        assertEquals(NON_ASCII, task.error().orElseThrow());
    }

    @Test
    void anErrorBodyWithoutCharsetIsReadAsUtf8() {
        server.then(new ScriptedServer.Reply(400, Map.of("Content-Type", "application/json"),
                ("{\"error\":{\"code\":\"bad\",\"message\":\"" + NON_ASCII + "\"}}").getBytes(StandardCharsets.UTF_8)));
        ValidationException e = assertThrows(ValidationException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.getMessage().contains(NON_ASCII), e.getMessage());
    }

    @Test
    void aDownloadErrorBodyIsReadByItsCharsetToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String latin = "vidéo expirée";
        server.then(new ScriptedServer.Reply(404, Map.of("Content-Type", "application/json; charset=ISO-8859-1"),
                ("{\"error\":{\"message\":\"" + latin + "\"}}").getBytes(StandardCharsets.ISO_8859_1)));
        server.then(new ScriptedServer.Reply(404, Map.of("Content-Type", "application/json"),
                ("{\"error\":{\"message\":\"" + NON_ASCII + "\"}}").getBytes(StandardCharsets.UTF_8)));
        java.net.URI url = java.net.URI.create(server.baseUrl() + "/files/v.mp4");
        RuntimeException e = assertThrows(RuntimeException.class, () -> client.download(url, dir.resolve("v.mp4")));
        assertTrue(e.getMessage().contains(latin), e.getMessage());
        e = assertThrows(RuntimeException.class, () -> client.download(url, dir.resolve("v.mp4")));
        assertTrue(e.getMessage().contains(NON_ASCII), e.getMessage());
    }

    @Test
    void aDeclaredLatin1CharsetIsHonoured() {
        String latin = "données invalides: résolution";
        server.then(new ScriptedServer.Reply(400, Map.of("Content-Type", "application/json; charset=ISO-8859-1"),
                ("{\"error\":{\"message\":\"" + latin + "\"}}").getBytes(StandardCharsets.ISO_8859_1)));
        ValidationException e = assertThrows(ValidationException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.getMessage().contains(latin), e.getMessage());
        server.then(new ScriptedServer.Reply(200, Map.of("Content-Type", "application/json;charset=\"iso-8859-1\""),
                ("{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"" + latin + "\"}").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(latin, client.get(Endpoint.of("text_to_video"), "t1").error().orElseThrow());
    }
}
