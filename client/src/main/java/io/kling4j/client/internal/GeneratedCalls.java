package io.kling4j.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiResponse;
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
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The generated API objects of one client configuration, sharing one JDK {@link HttpClient}. Adds the bearer
 * key to every request. Cheap to create, so a per-request timeout gets its own instance. The account and file
 * calls are in {@link AccountCalls}.
 */
public final class GeneratedCalls {
    private final TextToVideoApi textToVideo;
    private final ImageToVideoApi imageToVideo;
    private final EditVideoApi editVideo;
    private final ExtendVideoApi extendVideo;
    private final AiAvatarApi aiAvatar;
    private final MotionControlApi motionControl;
    private final AccountCalls account;
    private final PricingCalls pricing;

    /**
     * @param http the shared HTTP client
     * @param mapper the JSON mapper
     * @param baseUri RunAPI's base URL, without trailing slash
     * @param apiKey the bearer key
     * @param requestTimeout the timeout of each HTTP request
     */
    public GeneratedCalls(HttpClient http, ObjectMapper mapper, String baseUri, String apiKey, Duration requestTimeout) {
        ApiClient apiClient = new SharedHttpApiClient(http, mapper, baseUri);
        apiClient.setReadTimeout(requestTimeout);
        String authorization = "Bearer " + apiKey;
        apiClient.setRequestInterceptor(builder -> builder.setHeader("Authorization", authorization));
        this.textToVideo = new TextToVideoApi(apiClient);
        this.imageToVideo = new ImageToVideoApi(apiClient);
        this.editVideo = new EditVideoApi(apiClient);
        this.extendVideo = new ExtendVideoApi(apiClient);
        this.aiAvatar = new AiAvatarApi(apiClient);
        this.motionControl = new MotionControlApi(apiClient);
        this.account = new AccountCalls(apiClient);
        this.pricing = new PricingCalls(apiClient);
    }

    /** @return the pricing calls of this configuration */
    public PricingCalls pricing() {
        return pricing;
    }

    /** @return the account and file calls of this configuration */
    public AccountCalls account() {
        return account;
    }

    /**
     * @param endpoint which endpoint
     * @param body the request body (the generated request type of that endpoint)
     * @param idempotencyKey sent as {@code Idempotency-Key}
     * @param clientRequestId sent as {@code X-Client-Request-Id}, or null
     * @param headers extra headers (retry count)
     * @return the create response with its headers
     */
    public CompletableFuture<ApiResponse<TaskCreateResponse>> create(Endpoint endpoint, Object body,
            String idempotencyKey, String clientRequestId, Map<String, String> headers) {
        try {
            return switch (endpoint) {
                case TEXT_TO_VIDEO -> textToVideo.createTextToVideoWithHttpInfo(
                        (TextToVideoRequest) body, idempotencyKey, clientRequestId, headers);
                case IMAGE_TO_VIDEO -> imageToVideo.createImageToVideoWithHttpInfo(
                        (ImageToVideoRequest) body, idempotencyKey, clientRequestId, headers);
                case EDIT_VIDEO -> editVideo.createEditVideoWithHttpInfo(
                        (EditVideoRequest) body, idempotencyKey, clientRequestId, headers);
                case EXTEND_VIDEO -> extendVideo.createExtendVideoWithHttpInfo(
                        (ExtendVideoRequest) body, idempotencyKey, clientRequestId, headers);
                case AI_AVATAR -> aiAvatar.createAiAvatarWithHttpInfo(
                        (AiAvatarRequest) body, idempotencyKey, clientRequestId, headers);
                case MOTION_CONTROL -> motionControl.createMotionControlWithHttpInfo(
                        (MotionControlRequest) body, idempotencyKey, clientRequestId, headers);
            };
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param endpoint which endpoint
     * @param id the task id
     * @param headers extra headers (retry count)
     * @return the task
     */
    public CompletableFuture<ApiResponse<TaskResponse>> get(Endpoint endpoint, String id, Map<String, String> headers) {
        try {
            return switch (endpoint) {
                case TEXT_TO_VIDEO -> textToVideo.getTextToVideoWithHttpInfo(id, headers);
                case IMAGE_TO_VIDEO -> imageToVideo.getImageToVideoWithHttpInfo(id, headers);
                case EDIT_VIDEO -> editVideo.getEditVideoWithHttpInfo(id, headers);
                case EXTEND_VIDEO -> extendVideo.getExtendVideoWithHttpInfo(id, headers);
                case AI_AVATAR -> aiAvatar.getAiAvatarWithHttpInfo(id, headers);
                case MOTION_CONTROL -> motionControl.getMotionControlWithHttpInfo(id, headers);
            };
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The generated ApiClient builds a new HttpClient per API object; this one hands out the shared one. */
    private static final class SharedHttpApiClient extends ApiClient {
        private final HttpClient http;

        SharedHttpApiClient(HttpClient http, ObjectMapper mapper, String baseUri) {
            super(HttpClient.newBuilder(), mapper, baseUri);
            this.http = http;
        }

        @Override
        public HttpClient getHttpClient() {
            return http;
        }
    }
}
