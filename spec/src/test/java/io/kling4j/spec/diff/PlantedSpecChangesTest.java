package io.kling4j.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec-diff gate can fail: each breaking edit, planted in a copy of the baseline in a temp folder, is
 * reported as breaking and blocks the release at the same version; a breaking bump lets it through, a patch
 * bump does not, and a compatible edit passes.
 */
class PlantedSpecChangesTest {
    private static final String BASELINE = SpecBaseline.read(SpecBaseline.file());
    private static final String VERSION_LINE = "  version: 0.1.0\n";

    static Stream<SpecMutation> breakingChanges() {
        return Stream.of(
                // a renamed response field: TaskResponse.status -> state (clients reading `status` break)
                SpecMutation.replace("renamed field TaskResponse.status -> state",
                        "      required: [id, status]\n      description: A task as returned",
                        "      required: [id, state]\n      description: A task as returned")
                        .then(SpecMutation.replace("", "        status:\n          $ref: '#/components/schemas/TaskStatus'\n"
                                + "        error:", "        state:\n          $ref: '#/components/schemas/TaskStatus'\n"
                                + "        error:")),
                SpecMutation.replace("changed type DurationSeconds integer -> string",
                        "    DurationSeconds:\n      type: integer\n      format: int32\n      minimum: 3\n      maximum: 15\n",
                        "    DurationSeconds:\n      type: string\n"),
                SpecMutation.cut("removed operation GET /api/v1/me/balance", "  /api/v1/me/balance:\n", "components:\n"),
                SpecMutation.replace("narrowed enum AspectRatio (1:1 removed)",
                        "enum: ['16:9', '9:16', '1:1']", "enum: ['16:9', '9:16']"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void breakingChangeAtTheSameVersionFails(SpecMutation mutation, @TempDir Path dir) {
        SpecDiff diff = diffAgainstBaseline(mutation, dir);
        assertTrue(diff.breaking(), "openapi-diff must call this breaking:\n" + diff.markdown());
        assertFalse(diff.releasable());
        assertEquals(1, diff.problems().size());
        assertTrue(diff.report().contains("NOT releasable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void breakingChangeWithAPatchBumpFails(SpecMutation mutation, @TempDir Path dir) {
        SpecDiff diff = diffAgainstBaseline(mutation.then(version("0.1.1")), dir);
        assertTrue(diff.breaking());
        assertFalse(diff.releasable());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void breakingChangeWithABreakingBumpPasses(SpecMutation mutation, @TempDir Path dir) {
        SpecDiff diff = diffAgainstBaseline(mutation.then(version("0.2.0")), dir);
        assertTrue(diff.breaking());
        assertTrue(diff.releasable());
        assertEquals(List.of(), diff.problems());
    }

    @Test
    void compatibleChangePassesAtTheSameVersion(@TempDir Path dir) {
        // a new optional response field and a widened enum are compatible for clients built on the baseline
        SpecMutation compatible = SpecMutation.replace("widened enum Mode",
                        "enum: [std, pro]", "enum: [std, pro, master]")
                .then(SpecMutation.replace("new optional field AccountBalance.currency",
                        "        spent_cents_total:\n          type: integer\n          format: int64",
                        "        spent_cents_total:\n          type: integer\n          format: int64\n"
                                + "        currency:\n          type: string"));
        SpecDiff diff = diffAgainstBaseline(compatible, dir);
        assertTrue(diff.changed(), diff.markdown());
        assertFalse(diff.breaking(), diff.markdown());
        assertTrue(diff.releasable());
    }

    private static SpecMutation version(String version) {
        return SpecMutation.replace("version " + version, VERSION_LINE, "  version: " + version + "\n");
    }

    private static SpecDiff diffAgainstBaseline(SpecMutation mutation, Path dir) {
        Path mutated = mutation.writeTo(BASELINE, dir);
        return SpecDiff.compare(BASELINE, SpecBaseline.read(mutated));
    }
}
