package io.kling4j.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files uploaded to the sandbox, in memory, each living {@link #LIFETIME} from its upload on the sandbox
 * clock. Expired files are no longer served and are dropped at the next upload. Thread-safe.
 */
final class FileStore {
    /** How long an uploaded file's URL works. */
    static final Duration LIFETIME = Duration.ofHours(1);

    /**
     * One uploaded file.
     *
     * @param id          file id ({@code file_...})
     * @param fileName    the name given (or derived) at upload
     * @param pathSegment {@code fileName} percent-encoded for the URL path
     * @param data        the decoded bytes of a base64 upload; {@code null} for a URL upload (nothing to serve)
     * @param mimeType    the media type the file is served with
     * @param createdAt   upload instant
     * @param expiresAt   when the URL stops working
     */
    record StoredFile(String id, String fileName, String pathSegment, byte[] data, String mimeType,
                      Instant createdAt, Instant expiresAt) {
        StoredFile {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(pathSegment, "pathSegment");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    private final Clock clock;
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    FileStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the current instant of the sandbox clock */
    Instant now() {
        return clock.instant();
    }

    /** Adds {@code file} and drops every expired one. */
    void put(StoredFile file) {
        Instant now = now();
        files.values().removeIf(stored -> !now.isBefore(stored.expiresAt()));
        files.put(file.id(), file);
    }

    /**
     * @param idAndSegment the part of a CDN path after {@code /files/}: {@code <id>/<percent-encoded name>}
     * @return the bytes-bearing file at that path, unless it expired or was uploaded by URL
     */
    Optional<StoredFile> servable(String idAndSegment) {
        int slash = idAndSegment.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String segment = idAndSegment.substring(slash + 1);
        Instant now = now();
        return Optional.ofNullable(files.get(idAndSegment.substring(0, slash)))
                .filter(file -> file.data() != null && file.pathSegment().equals(segment))
                .filter(file -> now.isBefore(file.expiresAt()));
    }

    /** @return how many files are held (expired ones included until the next upload) */
    int size() {
        return files.size();
    }
}
