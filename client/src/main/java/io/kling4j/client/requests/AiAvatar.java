package io.kling4j.client.requests;

import io.kling4j.generated.model.AiAvatarRequest;

/** Builds the body of {@code POST /api/v1/kling/ai_avatar}: a talking avatar from a face and a voice. */
public final class AiAvatar {
    private AiAvatar() {
    }

    /**
     * @param model an avatar model, e.g. {@code kling-ai-avatar-pro}
     * @param faceImageUrl the face
     * @param audioUrl the speech to lip-sync
     * @param prompt how to deliver it
     * @return the request body
     */
    public static AiAvatarRequest of(String model, String faceImageUrl, String audioUrl, String prompt) {
        return new AiAvatarRequest().model(model).sourceImageUrl(faceImageUrl).sourceAudioUrl(audioUrl).prompt(prompt);
    }
}
