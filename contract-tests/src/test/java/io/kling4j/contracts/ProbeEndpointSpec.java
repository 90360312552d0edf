package io.kling4j.contracts;

import io.kling4j.spec.KlingSpec;

/**
 * The bundled spec with one more task endpoint, {@code contract_probe} (a name no real endpoint will take, so the
 * tests hold on a spec that has gained an endpoint, e.g. lip_sync), written the way a spec change adds one (a pair
 * of paths reusing the shared parameters and responses, a request schema with two required URL fields and its own
 * {@code x-kling-models} entry), with or without a request example.
 */
public final class ProbeEndpointSpec {
    public static final String PATH = "/api/v1/kling/contract_probe";

    private ProbeEndpointSpec() {
    }

    /** @return the spec with contract_probe; its create has a request example when {@code withExample} */
    public static String text(boolean withExample) {
        String example = !withExample ? "" : """
                            example:
                              model: kling-contract-probe
                              source_video_url: https://example.com/talk.mp4
                              source_audio_url: https://example.com/voice.mp3
                """;
        String paths = """

                paths:
                  /api/v1/kling/contract_probe:
                    post:
                      tags: [ContractProbe]
                      operationId: createContractProbe
                      summary: Create a contract-probe task
                      parameters:
                        - $ref: '#/components/parameters/IdempotencyKey'
                        - $ref: '#/components/parameters/ClientRequestId'
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/ContractProbeRequest'
                """ + example + """
                      responses:
                        '200':
                          $ref: '#/components/responses/TaskCreated'
                        '400':
                          $ref: '#/components/responses/BadRequest'
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                  /api/v1/kling/contract_probe/{id}:
                    get:
                      tags: [ContractProbe]
                      operationId: getContractProbe
                      summary: Get a contract-probe task
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
                    ContractProbeRequest:
                      type: object
                      required: [model, source_video_url, source_audio_url]
                      x-kling-models:
                        - models: [kling-contract-probe]
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
