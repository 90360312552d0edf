package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** POST /api/v1/files and the uploaded files on the CDN origin. */
class FilesHttpTest extends SandboxHttpTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void base64UploadIsServedByTheCdnForAnHour() {
        JsonNode file = uploaded(base64Body(PNG, "frame one.png"));
        assertEquals("frame one.png", file.get("file_name").asText());
        assertEquals(PNG.length, file.get("size_bytes").asLong());
        assertEquals("image/png", file.get("mime_type").asText());
        assertEquals("2026-01-01T00:00:00Z", file.get("created_at").asText());
        assertEquals("2026-01-01T01:00:00Z", file.get("expires_at").asText());
        String url = file.get("url").asText();
        assertTrue(url.matches("\\Q" + sandbox.cdnUri() + "\\E/files/file_[a-z2-7]{26}/frame%20one\\.png"), url);

        HttpResponse<byte[]> served = cdn(url, null);
        assertEquals(200, served.statusCode());
        assertArrayEquals(PNG, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> range = cdn(url, "bytes=1-3");
        assertEquals(206, range.statusCode());
        assertArrayEquals(Arrays.copyOfRange(PNG, 1, 4), range.body());

        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, cdn(url, null).statusCode());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(404, cdn(url, null).statusCode());
    }

    @Test
    void base64UploadWithoutANameIsSniffed() {
        JsonNode file = uploaded("{\"source\":{\"type\":\"base64\",\"data\":\""
                + Base64.getEncoder().encodeToString(PNG) + "\"}}");
        assertEquals(FileOperations.DEFAULT_NAME, file.get("file_name").asText());
        assertEquals("image/png", file.get("mime_type").asText());
        assertEquals(200, cdn(file.get("url").asText(), null).statusCode());
    }

    @Test
    void urlUploadKeepsTheUrl() {
        JsonNode file = uploaded("{\"source\":{\"type\":\"url\",\"url\":\"https://example.com/img/cat.jpg?x=1\"}}");
        assertEquals("https://example.com/img/cat.jpg?x=1", file.get("url").asText());
        assertEquals("cat.jpg", file.get("file_name").asText());
        assertEquals("image/jpeg", file.get("mime_type").asText());
        assertFalse(file.has("size_bytes"));
        assertEquals("2026-01-01T01:00:00Z", file.get("expires_at").asText());
    }

    @Test
    void invalidBase64IsABadRequest() {
        assertError(http.postJson("/api/v1/files", "{\"source\":{\"type\":\"base64\",\"data\":\"not base64!\"}}"),
                400, "invalid_request", "source.data: is not valid base64");
    }

    @Test
    void sourceMustCarryTheFieldItsTypeNames() {
        assertError(http.postJson("/api/v1/files", "{\"source\":{\"type\":\"url\",\"data\":\"AAAA\"}}"),
                400, "invalid_request", "source.url: is required when source.type is url");
        assertError(http.postJson("/api/v1/files", "{\"source\":{\"type\":\"base64\",\"data\":\"AAAA\","
                + "\"url\":\"https://example.com/a.png\"}}"), 400, "invalid_request",
                "source.url: must be absent when source.type is base64");
        assertError(http.postJson("/api/v1/files", "{\"source\":{\"type\":\"ftp\"}}"), 400, "invalid_request",
                "source.type: must be one of url, base64 (got \"ftp\")");
        assertError(http.postJson("/api/v1/files", "{\"file_name\":\"a.png\"}"), 400, "invalid_request",
                "source: is required");
    }

    @Test
    void filesOverTenMebibytesAreTooLarge() {
        byte[] big = new byte[FileOperations.MAX_FILE_BYTES + 1];
        assertError(http.postJson("/api/v1/files", base64Body(big, "big.bin")), 413, "payload_too_large",
                "The file is larger than 10485760 bytes");
        byte[] justRight = new byte[FileOperations.MAX_FILE_BYTES];
        assertEquals(FileOperations.MAX_FILE_BYTES, uploaded(base64Body(justRight, "ok.bin")).get("size_bytes")
                .asLong());
    }

    @Test
    void bodiesOverTheLimitAreTooLarge() {
        String body = "{\"source\":{\"type\":\"base64\",\"data\":\"" + "A".repeat(FileOperations.MAX_BODY_BYTES)
                + "\"}}";
        assertError(http.postJson("/api/v1/files", body), 413, "payload_too_large", "body: must be at most");
    }

    @Test
    void uploadNeedsTheKeyAndAPost() {
        HttpResponse<String> anonymous = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "/api/v1/files")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(base64Body(PNG, "a.png"))).build());
        assertEquals(401, anonymous.statusCode());
        assertEquals(405, http.getPath("/api/v1/files").statusCode());
    }

    @Test
    void unknownFilesAreNotFoundOnTheCdn() {
        JsonNode file = uploaded(base64Body(PNG, "a.png"));
        String url = file.get("url").asText();
        assertEquals(404, cdn(url.replace("/a.png", "/b.png"), null).statusCode());
        assertEquals(404, cdn(sandbox.cdnUri() + "/files/file_nope/a.png", null).statusCode());
        assertEquals(404, cdn(sandbox.cdnUri() + "/files/", null).statusCode());
    }

    @Test
    void segmentsArePercentEncoded() {
        assertEquals("a%2Fb%20%C3%A9.png", FileOperations.encodeSegment("a/b é.png"));
        assertEquals("%2E%2E", FileOperations.encodeSegment(".."));
    }

    private JsonNode uploaded(String body) {
        HttpResponse<String> response = http.postJson("/api/v1/files", body, "X-Client-Request-Id", "up-1");
        assertEquals(200, response.statusCode(), response.body().substring(0, Math.min(500, response.body().length())));
        assertEquals("up-1", response.headers().firstValue("X-Client-Request-Id").orElseThrow());
        return SandboxHttp.json(response);
    }

    private static String base64Body(byte[] data, String name) {
        return "{\"source\":{\"type\":\"base64\",\"data\":\"" + Base64.getEncoder().encodeToString(data)
                + "\"},\"file_name\":\"" + name + "\"}";
    }

    private static HttpResponse<byte[]> cdn(String url, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (range != null) {
            request.header("Range", range);
        }
        return SandboxHttp.sendForBytes(request.build());
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String prefix) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = SandboxHttp.json(response).get("error");
        assertEquals(code, error.get("code").asText());
        assertTrue(error.get("message").asText().startsWith(prefix), error.get("message").asText());
        assertTrue(response.headers().firstValue("x-request-id").isPresent());
    }
}
