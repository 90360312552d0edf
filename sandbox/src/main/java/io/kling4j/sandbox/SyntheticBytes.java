package io.kling4j.sandbox;

import java.io.InputStream;
import java.util.Random;

/**
 * The deterministic content of every blob made by {@link KlingSandbox#publishBlob(String, long)}: byte {@code i}
 * is {@code byteAt(i)}, a pseudo-random table of {@value #PERIOD} bytes (a prime, so the pattern does not line up
 * with buffer sizes) repeated. Streams are generated on the fly and never held in memory.
 */
public final class SyntheticBytes {
    /** Length of the repeated table, in bytes. */
    public static final int PERIOD = 65_521;
    private static final byte[] TABLE = new byte[PERIOD];

    static {
        new Random(0x6b6c696e67L).nextBytes(TABLE);
    }

    private SyntheticBytes() {
    }

    /**
     * @param offset a byte offset, 0 or more
     * @return the byte at that offset of every synthetic blob
     */
    public static byte byteAt(long offset) {
        return TABLE[(int) (offset % PERIOD)];
    }

    /**
     * @param start the offset of the first byte
     * @param count how many bytes the stream gives
     * @return a stream of bytes {@code start} to {@code start + count - 1}; skipping is free
     */
    public static InputStream stream(long start, long count) {
        return new InputStream() {
            private long position = start;
            private final long end = start + count;

            @Override
            public int read() {
                return position < end ? byteAt(position++) & 0xFF : -1;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                if (position >= end) {
                    return -1;
                }
                int total = (int) Math.min(len, end - position);
                int done = 0;
                while (done < total) {
                    int index = (int) (position % PERIOD);
                    int run = Math.min(total - done, PERIOD - index);
                    System.arraycopy(TABLE, index, buffer, off + done, run);
                    done += run;
                    position += run;
                }
                return total;
            }

            @Override
            public long skip(long n) {
                long skipped = Math.max(0, Math.min(n, end - position));
                position += skipped;
                return skipped;
            }
        };
    }
}
