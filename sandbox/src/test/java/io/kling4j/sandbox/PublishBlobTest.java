package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code publishBlob}: large synthetic CDN files, streamed, deterministic, with Range support. */
class PublishBlobTest {
    private KlingSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void servesTheWholeBlobByteForByte() throws Exception {
        long size = 64L * 1024 * 1024 + 12_345;
        URI url = sandbox.publishBlob("big.bin", size);
        assertEquals(URI.create(sandbox.cdnUri() + "/blobs/big.bin"), url);

        HttpResponse<InputStream> response = SandboxHttp.CLIENT.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        assertEquals(size, response.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElseThrow());
        try (InputStream body = response.body()) {
            assertArrayEquals(sha256(SyntheticBytes.stream(0, size)), sha256(body));
        }
    }

    @Test
    void answersRangesFromAnyOffset() {
        long size = 5L * 1024 * 1024 * 1024;
        URI url = sandbox.publishBlob("five-gib.bin", size);
        long start = 4L * 1024 * 1024 * 1024 + 7;

        HttpResponse<byte[]> response = SandboxHttp.sendForBytes(HttpRequest.newBuilder(url)
                .header("Range", "bytes=" + start + "-" + (start + 99)).build());

        assertEquals(206, response.statusCode());
        assertEquals("bytes " + start + "-" + (start + 99) + "/" + size,
                response.headers().firstValue("Content-Range").orElseThrow());
        for (int i = 0; i < 100; i++) {
            assertEquals(SyntheticBytes.byteAt(start + i), response.body()[i], "byte " + (start + i));
        }
    }

    @Test
    void headGivesTheSizeAndUnknownNamesAre404() {
        sandbox.publishBlob("sized.bin", 1000);
        HttpResponse<byte[]> head = SandboxHttp.sendForBytes(HttpRequest.newBuilder(
                URI.create(sandbox.cdnUri() + "/blobs/sized.bin")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, head.statusCode());
        assertEquals(1000, head.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals(404, SandboxHttp.sendForBytes(HttpRequest.newBuilder(
                URI.create(sandbox.cdnUri() + "/blobs/other.bin")).build()).statusCode());
    }

    @Test
    void rejectsBadNamesAndSizes() {
        assertThrows(IllegalArgumentException.class, () -> sandbox.publishBlob("../x", 1));
        assertThrows(IllegalArgumentException.class, () -> sandbox.publishBlob("a/b", 1));
        assertThrows(IllegalArgumentException.class, () -> sandbox.publishBlob("ok.bin", -1));
        assertThrows(IllegalStateException.class, () -> KlingSandbox.builder().build().publishBlob("x", 1));
    }

    @Test
    void theStreamSkipsWithoutReading() throws IOException {
        try (InputStream in = SyntheticBytes.stream(10, 1L << 40)) {
            assertEquals((1L << 40) - 5, in.skip((1L << 40) - 5));
            byte[] tail = in.readAllBytes();
            assertEquals(5, tail.length);
            assertEquals(SyntheticBytes.byteAt(10 + (1L << 40) - 1), tail[4]);
        }
    }

    private static byte[] sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[256 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }
}
