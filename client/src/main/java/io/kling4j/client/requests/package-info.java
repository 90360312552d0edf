/**
 * Typed builders of every request body, built on the generated models: {@code TextToVideo.builder()},
 * {@code ImageToVideo.builder()}, {@code EditVideo.builder()}, {@code ExtendVideo.builder()},
 * {@code AiAvatar.builder()}, {@code MotionControl.builder()}, with {@link io.kling4j.client.requests.Shot} for
 * multi-shot items and {@link io.kling4j.client.requests.Element} for elements. Builders do not check the
 * per-model rules; {@link io.kling4j.client.KlingClient} does, before sending (see docs/models.md).
 */
package io.kling4j.client.requests;
