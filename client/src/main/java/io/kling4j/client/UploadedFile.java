package io.kling4j.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A file stored by {@code POST /api/v1/files}: pass its {@link #url()} to a task before {@link #expiresAt()}.
 *
 * @param fileName the stored name (it ends the URL)
 * @param url the temporary URL
 * @param sizeBytes its size, when RunAPI says
 * @param mimeType its type, when RunAPI says
 * @param createdAt when it was stored
 * @param expiresAt when the URL stops working (one hour after creation)
 */
public record UploadedFile(@JsonProperty("file_name") String fileName, @JsonProperty("url") String url,
        @JsonProperty("size_bytes") Long sizeBytes, @JsonProperty("mime_type") String mimeType,
        @JsonProperty("created_at") OffsetDateTime createdAt, @JsonProperty("expires_at") OffsetDateTime expiresAt) {
}
