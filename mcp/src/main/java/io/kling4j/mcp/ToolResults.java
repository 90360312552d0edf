package io.kling4j.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.KlingTask;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.ValidationException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool results as an agent can use them: a JSON object, both as structured content and as its text. A failure is
 * a result with {@code isError: true} (never a protocol error, never a stack trace), with a one-line message of at
 * most {@value #MAX_MESSAGE} characters and, for a broken rule, every violation with its field, rule and model.
 */
final class ToolResults {
    static final int MAX_MESSAGE = 600;
    private static final int MAX_VALUE = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolResults() {
    }

    static CallToolResult ok(Map<String, Object> body) {
        return CallToolResult.builder().structuredContent(body).addTextContent(text(body)).isError(false).build();
    }

    static CallToolResult error(String kind, String message, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", kind);
        body.put("message", clip(message, MAX_MESSAGE));
        body.putAll(extra);
        return CallToolResult.builder().structuredContent(body).addTextContent(text(body)).isError(true).build();
    }

    /**
     * @param e a kling4j failure
     * @return it as an error result: kind from the exception type, RunAPI's status and code, violations
     */
    static CallToolResult error(KlingException e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (e.status() > 0) {
            extra.put("http_status", e.status());
        }
        if (e.code() != null) {
            extra.put("code", e.code());
        }
        if (e instanceof ValidationException v && !v.violations().isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (FieldViolation f : v.violations()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("field", f.field());
                if (f.value() != null) {
                    one.put("value", clip(f.value(), MAX_VALUE));
                }
                if (f.model() != null) {
                    one.put("model", f.model());
                }
                one.put("rule", clip(f.rule(), 200));
                if (!list.contains(one)) {
                    list.add(one);
                }
            }
            extra.put("violations", list);
        }
        if (e.idempotencyKey() != null && e.taskMayExist()) {
            extra.put("task_may_exist", true);
            extra.put("idempotency_key", e.idempotencyKey());
            extra.put("recover", "call the same create tool again with the same arguments and this idempotency_key:"
                    + " it returns the task that may exist instead of paying for a second one");
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        Object listed = extra.get("violations");
        return error(snake(kind), listed instanceof List<?> l
                ? "the request breaks " + l.size() + " rule(s); nothing was sent" : e.getMessage(), extra);
    }

    static Map<String, Object> task(KlingTask task) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task_id", task.id());
        body.put("endpoint", task.endpoint().path());
        body.put("status", String.valueOf(task.status()));
        task.error().ifPresent(e -> body.put("task_error", clip(e, MAX_MESSAGE)));
        if (!task.videoUrls().isEmpty()) {
            body.put("video_urls", task.videoUrls());
        }
        task.cost().ifPresent(c -> body.put("cost_usd", c));
        return body;
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(body);
        }
    }
}
