package io.kling4j.benchmarks;

/**
 * One way of making the two calls of the per-call benchmark: create a text-to-video task, then read it back. Every
 * variant sends the same body and headers (bearer key, JSON content type, a fresh {@code Idempotency-Key}) to the
 * same server and parses the answers with Jackson.
 */
public interface CallVariant extends AutoCloseable {
    /** Model of every request. */
    String MODEL = "kling-3.0";
    /** Prompt of every request. */
    String PROMPT = "A red fox running through fresh snow at dawn";
    /** Duration of every request. */
    int DURATION_SECONDS = 5;
    /** Path of the create call; the get call appends {@code /<id>}. */
    String PATH = "/api/v1/kling/text_to_video";

    /** @return the created task's id */
    String submit() throws Exception;

    /** @param id a task id @return its status */
    String get(String id) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
