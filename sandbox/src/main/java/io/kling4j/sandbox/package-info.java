/**
 * An embedded, RunAPI-compatible Kling server that binds to loopback only.
 *
 * <p>{@link io.kling4j.sandbox.KlingSandbox} is the entry point: it serves the task API described by the
 * project's OpenAPI spec (validated with swagger-request-validator), moves tasks through their lifecycle from an
 * injected {@link java.time.Clock}, and runs a second loopback origin, the "CDN", that serves real H.264 MP4s
 * rendered with JCodec. {@link io.kling4j.sandbox.SandboxMain} runs it from the command line.
 */
package io.kling4j.sandbox;
