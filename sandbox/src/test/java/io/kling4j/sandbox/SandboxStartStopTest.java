package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxStartStopTest {
    @Test
    void bindsBothOriginsOnLoopbackAndReleasesThemOnClose() throws IOException {
        KlingSandbox sandbox = KlingSandbox.builder().build();
        assertThrows(IllegalStateException.class, sandbox::baseUri);
        sandbox.start();
        URI api = sandbox.baseUri();
        URI cdn = sandbox.cdnUri();
        assertEquals("127.0.0.1", api.getHost());
        assertEquals("127.0.0.1", cdn.getHost());
        assertTrue(api.getPort() != cdn.getPort());
        assertEquals(KlingSandbox.DEMO_KEY, sandbox.apiKey());
        assertThrows(IllegalStateException.class, sandbox::start);

        assertEquals(404, new SandboxHttp(sandbox).get("text_to_video", "task_none").statusCode());

        sandbox.close();
        sandbox.close();
        assertRefused(api);
        assertRefused(cdn);
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().matches("kling-sandbox-(api|cdn|render)-\\d+"))
                .count());
        assertThrows(IllegalStateException.class, sandbox::start);
    }

    @Test
    void usesTheRequestedPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (KlingSandbox sandbox = KlingSandbox.builder().port(port).build().start()) {
            assertEquals(URI.create("http://127.0.0.1:" + port), sandbox.baseUri());
        }
    }

    @Test
    void aBusyPortFailsTheStart() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            KlingSandbox sandbox = KlingSandbox.builder().port(busy.getLocalPort()).build();
            assertThrows(java.io.UncheckedIOException.class, sandbox::start);
            sandbox.close();
        }
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> KlingSandbox.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> KlingSandbox.builder().apiKey(" "));
        assertThrows(IllegalArgumentException.class,
                () -> KlingSandbox.builder().pendingFor(Duration.ofSeconds(-1)).build());
    }

    private static void assertRefused(URI uri) {
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream().write('x');
            }
        });
    }
}
