package io.kling4j.contracts;

import io.kling4j.spec.KlingSpec;

/**
 * The bundled spec with one more task endpoint, {@code lip_sync}, written the way a spec change adds one (a pair of
 * paths reusing the shared parameters and responses, a request schema with two required URL fields and its own
 * {@code x-kling-models} entry), with or without a request example.
 */
public final class LipSyncSpec {
    public static final String PATH = "/api/v1/kling/lip_sync";

    private LipSyncSpec() {
    }

    /** @return the spec with lip_sync; its create has a request example when {@code withExample} */
    public static String text(boolean withExample) {
        String example = !withExample ? "" : """
                            example:
                              model: kling-lip-sync
                              source_video_url: https://example.com/talk.mp4
                              source_audio_url: https://example.com/voice.mp3
                """;
        String paths = """

                paths:
                  /api/v1/kling/lip_sync:
                    post:
                      tags: [LipSync]
                      operationId: createLipSync
                      summary: Create a lip-sync task
                      parameters:
                        - $ref: '#/components/parameters/IdempotencyKey'
                        - $ref: '#/components/parameters/ClientRequestId'
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/LipSyncRequest'
                """ + example + """
                      responses:
                        '200':
                          $ref: '#/components/responses/TaskCreated'
                        '400':
                          $ref: '#/components/responses/BadRequest'
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                  /api/v1/kling/lip_sync/{id}:
                    get:
                      tags: [LipSync]
                      operationId: getLipSync
                      summary: Get a lip-sync task
                      parameters:
                        - $ref: '#/components/parameters/TaskId'
                      responses:
                        '200':
                          $ref: '#/components/responses/Task'
                        '404':
                          $ref: '#/components/responses/NotFound'
                """;
        String schema = """

                  schemas:
                    LipSyncRequest:
                      type: object
                      required: [model, source_video_url, source_audio_url]
                      x-kling-models:
                        - models: [kling-lip-sync]
                      properties:
                        model:
                          $ref: '#/components/schemas/Model'
                        source_video_url:
                          $ref: '#/components/schemas/HttpUrl'
                        source_audio_url:
                          $ref: '#/components/schemas/HttpUrl'
                """;
        String spec = KlingSpec.text();
        if (!spec.contains("\npaths:\n") || !spec.contains("\n  schemas:\n")) {
            throw new IllegalStateException("the spec's layout changed: paths/schemas not found");
        }
        return spec.replace("\npaths:\n", paths).replace("\n  schemas:\n", schema);
    }
}
