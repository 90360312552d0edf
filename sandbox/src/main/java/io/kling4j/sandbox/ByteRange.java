package io.kling4j.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, parsed from a {@code Range: bytes=...} header: {@code a-b}, {@code a-} or the suffix
 * form {@code -n}. A header this server does not understand (another unit, several ranges, bad syntax) is
 * ignored, as RFC 9110 allows, and the whole file is sent.
 *
 * @param start first byte, inclusive
 * @param end   last byte, inclusive
 */
record ByteRange(long start, long end) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /**
     * @param header the Range header, or {@code null}
     * @param length the file length
     * @return the requested range (possibly not {@link #satisfiable(long)}), or {@code null} to send everything
     */
    static ByteRange parse(String header, long length) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 ? new ByteRange(length, length - 1) : new ByteRange(Math.max(0, length - suffix),
                        length - 1);
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < start) {
                return null;
            }
            return new ByteRange(start, end);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    /** @return whether the range selects at least one byte of a file of {@code length} bytes */
    boolean satisfiable(long length) {
        return start < length && start <= end;
    }

    /** @return the number of bytes selected */
    long length() {
        return end - start + 1;
    }
}
