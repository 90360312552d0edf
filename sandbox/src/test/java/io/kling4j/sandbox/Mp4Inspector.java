package io.kling4j.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads the few ISO-BMFF boxes the tests check: the first box type and the {@code mvhd} duration. */
final class Mp4Inspector {
    private Mp4Inspector() {
    }

    /** @return the four-character type of the first box, e.g. {@code ftyp} */
    static String firstBoxType(byte[] mp4) {
        return new String(mp4, 4, 4, StandardCharsets.US_ASCII);
    }

    /** @return the movie duration in seconds, from {@code moov/mvhd} */
    static double durationSeconds(byte[] mp4) {
        int moov = findBox(mp4, 0, mp4.length, "moov");
        int mvhd = findBox(mp4, moov + 8, moov + (int) size(mp4, moov), "mvhd");
        ByteBuffer buffer = ByteBuffer.wrap(mp4);
        int version = mp4[mvhd + 8];
        if (version == 1) {
            long timescale = Integer.toUnsignedLong(buffer.getInt(mvhd + 8 + 4 + 16));
            return buffer.getLong(mvhd + 8 + 4 + 20) / (double) timescale;
        }
        long timescale = Integer.toUnsignedLong(buffer.getInt(mvhd + 8 + 4 + 8));
        return Integer.toUnsignedLong(buffer.getInt(mvhd + 8 + 4 + 12)) / (double) timescale;
    }

    private static int findBox(byte[] mp4, int from, int to, String type) {
        int at = from;
        while (at + 8 <= to) {
            if (new String(mp4, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                return at;
            }
            long size = size(mp4, at);
            if (size < 8) {
                break;
            }
            at += (int) size;
        }
        throw new AssertionError("no " + type + " box");
    }

    /** Box size, including the 64-bit "largesize" form that JCodec uses for {@code mdat}. */
    private static long size(byte[] mp4, int at) {
        long size = Integer.toUnsignedLong(ByteBuffer.wrap(mp4).getInt(at));
        return size == 1 ? ByteBuffer.wrap(mp4).getLong(at + 8) : size;
    }
}
