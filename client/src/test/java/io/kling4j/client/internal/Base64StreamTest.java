package io.kling4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The upload's base64 stream, which reuses its two buffers, matches the JDK's encoder at every chunk boundary. */
class Base64StreamTest {
    private static final int CHUNK = 3 * 16 * 1024;

    @Test
    void everySizeAroundTheChunkBoundariesEncodesExactly() throws IOException {
        for (int size : new int[] {0, 1, 2, 3, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 2, 5 * CHUNK + 7}) {
            byte[] data = new byte[size];
            new Random(size).nextBytes(data);
            byte[] expected = Base64.getEncoder().encode(data);
            assertArrayEquals(expected, readMixed(new StreamingUpload.Base64Stream(new ByteArrayInputStream(data))),
                    "size " + size);
        }
    }

    /** Reads with single bytes and with arrays of odd sizes, as different callers do. */
    private static byte[] readMixed(StreamingUpload.Base64Stream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024 + 5];
        for (int turn = 0; ; turn++) {
            if (turn % 3 == 0) {
                int b = in.read();
                if (b < 0) {
                    return out.toByteArray();
                }
                out.write(b);
            } else {
                int n = in.read(buffer, turn % 7, buffer.length - turn % 7);
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(buffer, turn % 7, n);
            }
        }
    }
}
