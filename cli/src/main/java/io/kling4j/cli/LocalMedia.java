package io.kling4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a local file before it is uploaded: it exists, it is no larger than RunAPI accepts per file
 * ({@value #MAX_BYTES} bytes, decoded), and its first bytes say it is the kind of media the option needs
 * (PNG, JPEG or WebP images; MP3, WAV, M4A or AAC audio; MP4 or MOV video). The name does not count: a text
 * file named {@code cat.png} is refused.
 */
final class LocalMedia {
    /** RunAPI's limit of one uploaded file, in bytes (10 MiB). */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What an option takes. */
    enum Kind {
        IMAGE("a PNG, JPEG or WebP image"),
        AUDIO("an MP3, WAV, M4A or AAC audio file"),
        VIDEO("an MP4 or MOV video");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private LocalMedia() {
    }

    /**
     * @param option the option, for messages
     * @param value  the path as given
     * @param kind   what the option takes
     * @throws CliException (exit 4) naming the option and the rule
     */
    static void check(String option, String value, Kind kind) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliException.invalid(option + ": " + Errors.clip(value)
                    + " is neither an http(s) URL nor a readable file; give a public URL or a local file");
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = Arrays.copyOf(in.readNBytes(16), 16);
            size = Files.size(file);
        } catch (IOException e) {
            throw CliException.invalid(option + ": cannot read " + Errors.clip(value));
        }
        if (size > MAX_BYTES) {
            throw CliException.invalid(option + ": " + Errors.clip(value) + " is " + size + " bytes; RunAPI accepts at most "
                    + MAX_BYTES + " bytes per file (give a public URL instead)");
        }
        if (!matches(kind, head, size)) {
            throw CliException.invalid(option + ": " + Errors.clip(value) + " is not " + kind.words
                    + " (checked by its content, not its name)");
        }
    }

    static boolean matches(Kind kind, byte[] h, long size) {
        if (size < 4) {
            return false;
        }
        return switch (kind) {
            case IMAGE -> png(h) || (u(h[0]) == 0xFF && u(h[1]) == 0xD8 && u(h[2]) == 0xFF) || riff(h, "WEBP");
            case AUDIO -> ascii(h, 0, "ID3") || riff(h, "WAVE") || ascii(h, 4, "ftyp") || frameSync(h);
            case VIDEO -> ascii(h, 4, "ftyp") || ascii(h, 4, "moov") || ascii(h, 4, "mdat") || ascii(h, 4, "wide")
                    || ascii(h, 4, "free");
        };
    }

    private static boolean png(byte[] h) {
        return u(h[0]) == 0x89 && ascii(h, 1, "PNG") && h[4] == 0x0D && h[5] == 0x0A && h[6] == 0x1A && h[7] == 0x0A;
    }

    /** An MPEG audio frame (MP3: layer bits not 00) or an ADTS AAC frame (layer bits 00). */
    private static boolean frameSync(byte[] h) {
        return u(h[0]) == 0xFF && (u(h[1]) & 0xE0) == 0xE0;
    }

    private static boolean riff(byte[] h, String form) {
        return ascii(h, 0, "RIFF") && ascii(h, 8, form);
    }

    private static boolean ascii(byte[] h, int offset, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        return Arrays.equals(h, offset, offset + t.length, t, 0, t.length);
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
