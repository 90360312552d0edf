package io.kling4j.contracts;

import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.api.AiAvatarApi;
import io.kling4j.generated.api.EditVideoApi;
import io.kling4j.generated.api.ExtendVideoApi;
import io.kling4j.generated.api.ImageToVideoApi;
import io.kling4j.generated.api.MotionControlApi;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.AiAvatarRequest;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.MotionControlRequest;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TextToVideoRequest;
import java.util.concurrent.CompletableFuture;

/** Calls one endpoint through the generated client (async API), so tests can be written once for all six. */
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

    /** Sends the endpoint's {@link SampleRequests sample body}: the valid one, or the one RunAPI answers 400. */
    public CompletableFuture<TaskCreateResponse> create(boolean valid, String idempotencyKey) {
        try {
            return switch (endpoint) {
                case TEXT_TO_VIDEO -> new TextToVideoApi(client).createTextToVideo(
                        SampleRequests.model(endpoint, valid, TextToVideoRequest.class), idempotencyKey, null);
                case IMAGE_TO_VIDEO -> new ImageToVideoApi(client).createImageToVideo(
                        SampleRequests.model(endpoint, valid, ImageToVideoRequest.class), idempotencyKey, null);
                case EDIT_VIDEO -> new EditVideoApi(client).createEditVideo(
                        SampleRequests.model(endpoint, valid, EditVideoRequest.class), idempotencyKey, null);
                case EXTEND_VIDEO -> new ExtendVideoApi(client).createExtendVideo(
                        SampleRequests.model(endpoint, valid, ExtendVideoRequest.class), idempotencyKey, null);
                case AI_AVATAR -> new AiAvatarApi(client).createAiAvatar(
                        SampleRequests.model(endpoint, valid, AiAvatarRequest.class), idempotencyKey, null);
                case MOTION_CONTROL -> new MotionControlApi(client).createMotionControl(
                        SampleRequests.model(endpoint, valid, MotionControlRequest.class), idempotencyKey, null);
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
                case EDIT_VIDEO -> new EditVideoApi(client).getEditVideo(id);
                case EXTEND_VIDEO -> new ExtendVideoApi(client).getExtendVideo(id);
                case AI_AVATAR -> new AiAvatarApi(client).getAiAvatar(id);
                case MOTION_CONTROL -> new MotionControlApi(client).getMotionControl(id);
            };
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
