package io.kling4j.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.ConflictException;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.IdempotencyConflictException;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.PermissionDeniedException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.generated.ApiException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns whatever the generated client or the JDK threw into kling4j's typed exceptions. */
public final class ErrorMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorMapper() {
    }

    /**
     * @param failure what the generated call completed with
     * @param operation a short name of the call, for messages (e.g. "create <segment>")
     * @return the typed exception (the same instance when it already is one)
     */
    public static KlingException map(Throwable failure, String operation) {
        return map(failure, operation, null, null);
    }

    /**
     * @param failure what the generated call completed with
     * @param operation a short name of the call, for messages (e.g. "create <segment>")
     * @param target the {@code host:port} called, named in messages of failures without a response; or null
     * @param timeout the request timeout of the attempt, named in timeout messages; or null
     * @return the typed exception (the same instance when it already is one)
     */
    public static KlingException map(Throwable failure, String operation, String target, Duration timeout) {
        Throwable t = unwrap(failure);
        if (t instanceof KlingException k) {
            return k;
        }
        if (t instanceof ApiException api) {
            if (api.getCode() > 0) {
                return fromResponse(api.getCode(), api.getResponseHeaders(), api.getResponseBody(), operation);
            }
            Throwable cause = api.getCause() != null ? unwrap(api.getCause()) : api;
            if (cause instanceof IOException && !(cause instanceof JsonProcessingException)) {
                // the generated client wraps only failures after the response headers: the body was cut off
                return new UnexpectedResponseException(operation + " returned a body that was cut off: " + cause,
                        ErrorDetails.none(), cause);
            }
            return fromTransport(cause, operation, target, timeout);
        }
        return fromTransport(t, operation, target, timeout);
    }

    /**
     * @param status the HTTP status (not 2xx)
     * @param headers the response headers, or null
     * @param body the raw body, or null
     * @param operation a short name of the call
     * @return the exception for this status
     */
    public static KlingException fromResponse(int status, HttpHeaders headers, String body, String operation) {
        Envelope envelope = Envelope.parse(body);
        String requestId = headers == null ? null : headers.firstValue("x-request-id").orElse(null);
        String runapiTaskId = headers == null ? null : headers.firstValue("X-RunAPI-Task-Id").orElse(null);
        ErrorDetails details = new ErrorDetails(status, envelope.code(), requestId, body, 0, runapiTaskId);
        String message = operation + " failed with HTTP " + status + ": " + envelope.messageOr(defaultMessage(status))
                + (envelope.code() == null ? "" : " [" + envelope.code() + "]")
                + (requestId == null ? "" : " (request id " + requestId + ")");
        KlingException e = switch (status) {
            case 400, 413, 422 -> new ValidationException(message, details, null);
            case 401 -> new AuthenticationException(message, details, null);
            case 402 -> new InsufficientCreditsException(message, details, null);
            case 403 -> new PermissionDeniedException(message, details, null);
            case 404 -> new NotFoundException(message, details, null);
            case 409 -> isIdempotencyConflict(envelope)
                    ? new IdempotencyConflictException(message, details, null)
                    : new ConflictException(message, details, null);
            case 429 -> new RateLimitException(message, details, null);
            default -> status >= 500
                    ? new ServerException(message, details, null)
                    : new ApiErrorException(message, details, null);
        };
        if (e instanceof ApiErrorException api && headers != null) {
            api.recordRetryHints(RetryAfter.from(headers).orElse(null), shouldRetry(headers));
        }
        return e;
    }

    /**
     * @param e a failure
     * @return true when it is a 2xx body that was cut off (the connection closed before Content-Length bytes)
     */
    public static boolean isCutOffBody(KlingException e) {
        return e instanceof UnexpectedResponseException && e.getCause() instanceof IOException
                && !(e.getCause() instanceof JsonProcessingException);
    }

    private static Boolean shouldRetry(HttpHeaders headers) {
        String v = headers.firstValue("X-Should-Retry").orElse("").trim();
        return v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static boolean isIdempotencyConflict(Envelope envelope) {
        String text = (envelope.code() + " " + envelope.message()).toLowerCase(java.util.Locale.ROOT);
        return text.contains("idempotency");
    }

    private static KlingException fromTransport(Throwable t, String operation, String target, Duration timeout) {
        if (t instanceof HttpTimeoutException) {
            return new RequestTimeoutException(operation + ": " + NetworkWords.timeout(t, target, timeout),
                    ErrorDetails.none(), t);
        }
        if (t instanceof JsonProcessingException) {
            return new UnexpectedResponseException(operation + " returned a body that is not valid JSON for its"
                    + " schema: " + ((JsonProcessingException) t).getOriginalMessage(), ErrorDetails.none(), t);
        }
        if (t instanceof IOException && String.valueOf(t.getMessage()).startsWith("fixed content-length")) {
            // the JDK received the headers, then the connection closed before Content-Length bytes arrived
            return new UnexpectedResponseException(operation + " returned a body that was cut off: " + t,
                    ErrorDetails.none(), t);
        }
        if (t instanceof IOException) {
            return new NetworkException(operation + ": " + NetworkWords.failure(t, target), ErrorDetails.none(), t);
        }
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new NetworkException(operation + " was interrupted", ErrorDetails.none(), t);
        }
        return new KlingException(operation + " failed: " + t, ErrorDetails.none(), t);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Invalid or missing API key";
            case 402 -> "Insufficient credits";
            case 403 -> "Permission denied";
            case 404 -> "Not found";
            case 408 -> "Request timed out";
            case 409 -> "Conflict";
            case 413 -> "Request too large";
            case 422 -> "Validation failed";
            case 429 -> "Too many requests";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
    }

    /**
     * An error body, read tolerantly in every shape RunAPI's SDKs read: {@code {"error":"..."}},
     * {@code {"error":{"code","message"|"detail"}}}, {@code {"errors":["..."|{"message"|"detail"|"msg"}]}}, and
     * top-level {@code message}, {@code detail} (a string, or a list of {@code {"msg"}}), {@code errorMessage},
     * {@code msg}, in that order; {@code code} from {@code error.code} or a top-level {@code code}. A body that is
     * not a JSON object (an HTML error page, say) gives neither; the raw body is kept in the details anyway.
     */
    record Envelope(String code, String message) {
        private static final String[] TOP_LEVEL = {"message", "detail", "errorMessage", "msg"};

        static Envelope parse(String body) {
            if (body == null || body.isBlank()) {
                return new Envelope(null, null);
            }
            JsonNode root;
            try {
                root = JSON.readTree(body);
            } catch (IOException | RuntimeException e) {
                return new Envelope(null, null); // HTML or garbage: never used as the message
            }
            if (root == null || !root.isObject()) {
                return new Envelope(null, null);
            }
            JsonNode error = root.path("error");
            String code = text(error.path("code"));
            if (code == null) {
                code = text(root.path("code"));
            }
            String message = error.isTextual() ? text(error) : firstOf(error, "message", "detail", "msg");
            if (message == null) {
                JsonNode first = root.path("errors").path(0);
                message = first.isTextual() ? text(first) : firstOf(first, "message", "detail", "msg");
            }
            for (int i = 0; message == null && i < TOP_LEVEL.length; i++) {
                JsonNode node = root.path(TOP_LEVEL[i]);
                message = node.isArray() ? firstOf(node.path(0), "msg", "message") : text(node);
            }
            return new Envelope(code, message);
        }

        String messageOr(String fallback) {
            return message == null || message.isBlank() ? fallback : message;
        }

        private static String firstOf(JsonNode node, String... names) {
            for (String name : names) {
                String value = text(node.path(name));
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        private static String text(JsonNode node) {
            return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
        }
    }
}
