package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.spec.KlingSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3: the task commands and their options come from the spec alone. A spec with one more endpoint
 * (planted_probe), one more field (planted_seed) and one more model gives a CLI with a command, options and a model more, and
 * the new field goes on the wire, with no Java change.
 */
class SpecDrivenCommandsTest {
    @TempDir
    Path dir;

    /** The bundled spec plus a planted_probe endpoint (its own model, two uploadable URL fields) and planted_seed on text_to_video. */
    static String extendedSpec() {
        String spec = KlingSpec.text().replace("\npaths:\n", """

                paths:
                  /api/v1/kling/planted_probe:
                    post:
                      tags: [PlantedProbe]
                      operationId: createPlantedProbe
                      summary: Create a planted-probe task
                      parameters:
                        - $ref: '#/components/parameters/IdempotencyKey'
                      requestBody:
                        required: true
                        content: {application/json: {schema: {$ref: '#/components/schemas/PlantedProbeRequest'}}}
                      responses: {'200': {$ref: '#/components/responses/TaskCreated'}}
                  /api/v1/kling/planted_probe/{id}:
                    get:
                      tags: [PlantedProbe]
                      operationId: getPlantedProbe
                      parameters: [{$ref: '#/components/parameters/TaskId'}]
                      responses: {'200': {$ref: '#/components/responses/Task'}}
                """).replace("\n  schemas:\n", """

                  schemas:
                    PlantedProbeRequest:
                      type: object
                      required: [model, source_video_url, source_audio_url]
                      x-kling-models:
                        - models: [kling-planted-probe-v1]
                      properties:
                        model:
                          $ref: '#/components/schemas/Model'
                        source_video_url:
                          $ref: '#/components/schemas/HttpUrl'
                          x-kling-upload: video
                        source_audio_url:
                          $ref: '#/components/schemas/HttpUrl'
                          x-kling-upload: audio
                        callback_url:
                          $ref: '#/components/schemas/CallbackUrl'
                """);
        int t2v = spec.indexOf("\n    TextToVideoRequest:\n");
        int properties = spec.indexOf("\n      properties:\n", t2v) + "\n      properties:\n".length();
        return spec.substring(0, properties) + """
                        planted_seed:
                          type: integer
                          description: Random seed.
                """ + spec.substring(properties);
    }

    private static CliRunner.Result run(CliModel model, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KlingCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CliRunner.FAST, model);
        return new CliRunner.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A server that keeps each request body and answers every request with a pending task. */
    private static ScriptedServer recording(List<String> bodies) throws Exception {
        return new ScriptedServer((s, exchange, body) -> {
            bodies.add(body);
            ScriptedServer.json(exchange, 200, "{\"id\":\"task_1\",\"status\":\"pending\"}");
        });
    }

    @Test
    void theBuildsModelIsTheBundledSpecs() {
        assertNotNull(CliModel.class.getClassLoader().getResource(CliModel.RESOURCE), "the build wrote the model");
        assertEquals(CliModel.fromYaml(KlingSpec.text()), CliModel.bundled(),
                "cli-model.bin is written from the spec by the build and reads back the same");
    }

    @Test
    void aNewEndpointIsACommandWithAnOptionPerFieldAndItsModel() {
        CliModel model = CliModel.fromYaml(extendedSpec());
        CliRunner.Result help = run(model, Map.of("COLUMNS", "200"), "planted-probe", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--source-video-url=URL|FILE"), help.out());
        assertTrue(help.out().contains("--source-audio-url=URL|FILE"), help.out());
        assertTrue(help.out().contains("Create a planted-probe task, wait for it and save the MP4."), help.out());
        assertTrue(help.out().contains("  kling planted-probe --model kling-planted-probe-v1 --source-video-url"
                + " https://example.com/video.mp4 --source-audio-url https://example.com/audio.mp3 -o video.mp4"),
                "an example from the required fields: " + help.out());
        assertTrue(run(model, Map.of(), "--help").out().contains("planted-probe"));
        assertTrue(run(model, Map.of(), "completion", "bash").out().contains("--source-audio-url"));
        CliRunner.Result models = run(model, Map.of(), "models", "--json");
        assertTrue(models.out().contains("\"planted-probe\":[\"kling-planted-probe-v1\"]"), models.out());
        CliRunner.Result t2v = run(model, Map.of("COLUMNS", "120"), "text-to-video", "--help");
        assertTrue(t2v.out().contains("--planted-seed=N") && t2v.out().contains("Random seed."), t2v.out());
        CliRunner.Result missing = run(model, Map.of(), "planted-probe", "--model", "kling-planted-probe-v1",
                "--source-video-url", "https://example.com/v.mp4");
        assertEquals(ExitCodes.INVALID, missing.code());
        assertTrue(missing.err().contains("--source-audio-url"), missing.err());
    }

    @Test
    void aNewFieldIsSentOnTheWireAndTypedBySchema() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        try (ScriptedServer server = recording(bodies)) {
            Map<String, String> env = Map.of("RUNAPI_API_KEY", "sk-spec-flow", "RUNAPI_BASE_URL", server.baseUrl());
            CliModel model = CliModel.fromYaml(extendedSpec());
            CliRunner.Result bad = run(model, env, "text-to-video", "--prompt", "x", "--planted-seed", "seven");
            assertEquals(ExitCodes.INVALID, bad.code());
            assertTrue(bad.err().contains("'--planted-seed'") && bad.err().contains("'seven' is not an int"), bad.err());
            assertEquals(0, server.posts(), "nothing sent for a bad value");
            CliRunner.Result r = run(model, env, "text-to-video", "--prompt", "x", "--planted-seed", "7", "--no-wait", "--json");
            assertEquals(0, r.code(), r.err());
            assertEquals(1, bodies.size(), bodies.toString());
            assertTrue(bodies.get(0).contains("\"planted_seed\":7"), bodies.get(0));
            assertTrue(bodies.get(0).contains("\"model\":\"kling-3.0\""), "the spec's CLI default: " + bodies.get(0));
        }
    }

    @Test
    void optionsKeepTheirSchemaTypesOnTheWire() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        try (ScriptedServer server = recording(bodies)) {
            Map<String, String> env = Map.of("RUNAPI_API_KEY", "sk-spec-flow", "RUNAPI_BASE_URL", server.baseUrl());
            CliRunner.Result r = CliRunner.run(env, "text-to-video", "--model", "kling-not-in-the-spec", "--prompt", "x",
                    "--cfg-scale", "0.5", "--sound=false", "--duration", "7", "--reference-image", "https://e.example/a.png",
                    "--reference-image", "https://e.example/b.png", "--kling-elements", "[{\"name\": \"fox\"}]",
                    "--no-wait", "--json");
            assertEquals(0, r.code(), r.err());
            String body = bodies.get(0);
            for (String field : List.of("\"cfg_scale\":0.5", "\"enable_sound\":false", "\"duration_seconds\":7",
                    "\"reference_image_urls\":[\"https://e.example/a.png\",\"https://e.example/b.png\"]",
                    "\"kling_elements\":[{\"name\":\"fox\"}]")) {
                assertTrue(body.contains(field), field + " in " + body);
            }
            CliRunner.Result edit = CliRunner.run(env, "edit", "--source-task", "task_1", "--prompt", "x", "--no-wait");
            assertEquals(0, edit.code(), edit.err());
            assertTrue(bodies.get(1).contains("\"aspect_ratio\":\"auto\""),
                    "x-kling-cli-default-when (no reference images): " + bodies.get(1));
            CliRunner.Result json = CliRunner.run(env, "text-to-video", "--prompt", "x", "--multi-prompt", "[{");
            assertEquals(ExitCodes.INVALID, json.code());
            assertTrue(json.err().startsWith("error: --multi-prompt: not valid JSON"), json.err());
            assertEquals(2, server.posts(), "nothing sent for bad JSON");
        }
    }

    @Test
    void aNewUploadFieldChecksItsLocalFileBeforeAnythingIsSent() throws Exception {
        try (ScriptedServer server = new ScriptedServer((s, exchange, body) -> ScriptedServer.json(exchange, 500, "{}"))) {
            Map<String, String> env = Map.of("RUNAPI_API_KEY", "sk-spec-flow", "RUNAPI_BASE_URL", server.baseUrl());
            Path text = Files.writeString(dir.resolve("voice.mp3"), "not audio");
            CliRunner.Result r = run(CliModel.fromYaml(extendedSpec()), env, "planted-probe", "--model", "kling-planted-probe-v1",
                    "--source-video-url", "https://example.com/v.mp4", "--source-audio-url", text.toString());
            assertEquals(ExitCodes.INVALID, r.code(), r.err());
            assertTrue(r.err().contains("--source-audio-url: " + text + " is not an MP3, WAV, M4A or AAC audio file"),
                    r.err());
            assertEquals(0, server.posts());
        }
    }

    @Test
    void everyOptionNameOfTheHandWrittenCommandsStillExists() {
        CliModel model = CliModel.bundled();
        Map<String, List<String>> names = Map.of(
                "text-to-video", List.of("--prompt", "--model", "--duration", "--aspect-ratio", "--resolution", "--mode",
                        "--sound", "--negative-prompt", "--first-frame", "--callback-url"),
                "image-to-video", List.of("--prompt", "--model", "--first-frame", "--last-frame", "--duration",
                        "--aspect-ratio", "--resolution", "--mode", "--sound", "--negative-prompt"),
                "edit", List.of("--prompt", "--model", "--source-video", "--source-task", "--reference-image",
                        "--duration", "--aspect-ratio", "--resolution", "--sound"),
                "extend", List.of("--prompt", "--mode", "--callback-url"),
                "avatar", List.of("--model", "--image", "--audio", "--prompt"),
                "motion-control", List.of("--model", "--image", "--video", "--prompt", "--resolution", "--orientation",
                        "--background"));
        names.forEach((command, options) -> {
            CliModel.Command c = model.command(command);
            assertNotNull(c, command);
            for (String option : options) {
                assertTrue(c.options().stream().anyMatch(f -> f.names().contains(option)), command + " " + option);
            }
        });
        assertTrue(model.command("extend").option("source_task_id").positional());
        assertEquals(model.command("edit"), model.command("edit-video"));
        assertEquals(model.command("avatar"), model.command("ai-avatar"));
    }
}
