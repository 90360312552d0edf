package io.kling4j.sandbox;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The names and sizes of the synthetic blobs published on the CDN ({@link SyntheticBytes} gives their bytes). */
final class BlobStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private final Map<String, Long> sizes = new ConcurrentHashMap<>();

    /** Checks a name and a size before {@link #put}. */
    static void check(String name, long sizeBytes) {
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("invalid blob name: " + name);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative: " + sizeBytes);
        }
    }

    /** Publishes (or resizes) a blob; call {@link #check} first. */
    void put(String name, long sizeBytes) {
        sizes.put(name, sizeBytes);
    }

    /** @return the size of the blob of this name, if published */
    OptionalLong size(String name) {
        Long size = sizes.get(name);
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }
}
