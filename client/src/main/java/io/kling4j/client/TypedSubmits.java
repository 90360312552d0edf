package io.kling4j.client;

import io.kling4j.client.internal.ClientSupport;
import io.kling4j.generated.model.AiAvatarRequest;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.MotionControlRequest;
import io.kling4j.generated.model.TextToVideoRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The typed, blocking {@code submit} and {@code submitAndWait} overloads of {@link KlingClient}, one per endpoint,
 * all delegating to its {@code submitAsync} / {@code submitAndWaitAsync}. Kept apart so the client itself stays
 * short; not used on its own.
 */
abstract sealed class TypedSubmits permits KlingClient {
    TypedSubmits() {
    }

    /**
     * Creates a task without blocking.
     *
     * @param endpoint the endpoint
     * @param request the generated request type of that endpoint
     * @param options per-call overrides
     * @return the new task
     */
    public abstract CompletableFuture<KlingTask> submitAsync(Endpoint endpoint, Object request, RequestOptions options);

    /**
     * Submits and waits for completion without blocking.
     *
     * @param endpoint the endpoint
     * @param request the generated request type of that endpoint
     * @param options how to wait
     * @return the completed task
     */
    public abstract CompletableFuture<KlingTask> submitAndWaitAsync(Endpoint endpoint, Object request,
            WaitOptions options);

    /**
     * Creates a text-to-video task.
     *
     * @param request the body (model and prompt at least)
     * @return the new task, usually {@code pending}
     */
    public KlingTask submit(TextToVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides (idempotency key, timeout, retries)
     * @return the new task
     */
    public KlingTask submit(TextToVideoRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.TEXT_TO_VIDEO, request, options));
    }

    /**
     * Creates an image-to-video task.
     *
     * @param request the body (model, prompt and first frame at least)
     * @return the new task
     */
    public KlingTask submit(ImageToVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(ImageToVideoRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.IMAGE_TO_VIDEO, request, options));
    }

    /**
     * Submits and waits for completion.
     *
     * @param request the body
     * @param options how to wait
     * @return the completed task
     */
    public KlingTask submitAndWait(TextToVideoRequest request, WaitOptions options) {
        return ClientSupport.call(() -> submitAndWaitAsync(Endpoint.TEXT_TO_VIDEO, request, options));
    }

    /**
     * Submits and waits for completion.
     *
     * @param request the body
     * @param options how to wait
     * @return the completed task
     */
    public KlingTask submitAndWait(ImageToVideoRequest request, WaitOptions options) {
        return ClientSupport.call(() -> submitAndWaitAsync(Endpoint.IMAGE_TO_VIDEO, request, options));
    }

    /**
     * Creates an edit-video task (Kling V3 Omni).
     *
     * @param request the body (model, prompt and exactly one of source video URL and source task id)
     * @return the new task
     */
    public KlingTask submit(EditVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(EditVideoRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.EDIT_VIDEO, request, options));
    }

    /**
     * Creates an extend-video task: continues a completed Kling v2.5 Turbo video.
     *
     * @param request the body (the source task id at least; it has no model)
     * @return the new task
     */
    public KlingTask submit(ExtendVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(ExtendVideoRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.EXTEND_VIDEO, request, options));
    }

    /**
     * Creates an AI-avatar task: a face image lip-synced to an audio track.
     *
     * @param request the body (model, source image, source audio and prompt)
     * @return the new task
     */
    public KlingTask submit(AiAvatarRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(AiAvatarRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.AI_AVATAR, request, options));
    }

    /**
     * Creates a motion-control task: the character of an image moves like the one of a reference video.
     *
     * @param request the body (model, source image and reference video at least)
     * @return the new task
     */
    public KlingTask submit(MotionControlRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(MotionControlRequest request, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(Endpoint.MOTION_CONTROL, request, options));
    }
}
