package io.kling4j.story;

import io.kling4j.client.KlingTask;

/** Hears about each shot of a story as it is submitted and finished. The default methods do nothing. */
public interface StoryListener {
    /**
     * @param index the shot's index, from 0
     * @param task  the submitted task
     */
    default void onShotSubmitted(int index, KlingTask task) {
    }

    /**
     * @param index the shot's index, from 0
     * @param task  the completed task, whose video is downloaded
     */
    default void onShotCompleted(int index, KlingTask task) {
    }

    /**
     * @param index the shot's index, from 0
     * @param task  the completed task of an earlier run whose video is reused (nothing submitted, nothing paid)
     */
    default void onShotReused(int index, KlingTask task) {
    }

    /**
     * @param index the index of the shot that will start from this frame
     * @param url   the uploaded PNG of the previous shot's last frame (RunAPI keeps it for one hour)
     */
    default void onFirstFrameUploaded(int index, String url) {
    }

    /** @return a listener that does nothing */
    static StoryListener none() {
        return new StoryListener() {
        };
    }
}
