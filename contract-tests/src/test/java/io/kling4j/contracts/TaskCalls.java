package io.kling4j.contracts;

import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.api.ImageToVideoApi;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import java.util.concurrent.CompletableFuture;

/** Calls one endpoint through the generated client, so tests can be written once for both endpoints. */
public final class TaskCalls {
    private final Endpoint endpoint;
    private final ApiClient client;

    private TaskCalls(Endpoint endpoint, ApiClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    public static TaskCalls of(Endpoint endpoint, ApiClient client) {
        return new TaskCalls(endpoint, client);
    }

    /** Sends the endpoint's {@link SampleRequests sample body} with the given duration. */
    public CompletableFuture<TaskCreateResponse> create(int durationSeconds, String idempotencyKey) {
        try {
            return switch (endpoint) {
                case TEXT_TO_VIDEO -> new TextToVideoApi(client)
                        .createTextToVideo(SampleRequests.textToVideo(durationSeconds), idempotencyKey, null);
                case IMAGE_TO_VIDEO -> new ImageToVideoApi(client)
                        .createImageToVideo(SampleRequests.imageToVideo(durationSeconds), idempotencyKey, null);
            };
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Gets the task with this id. */
    public CompletableFuture<TaskResponse> get(String id) {
        try {
            return switch (endpoint) {
                case TEXT_TO_VIDEO -> new TextToVideoApi(client).getTextToVideo(id);
                case IMAGE_TO_VIDEO -> new ImageToVideoApi(client).getImageToVideo(id);
            };
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
