package io.kling4j.spec.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the spec being built with the last released one (openapi-diff) and decides whether the change may
 * be released: a breaking (incompatible) change needs a breaking bump of {@code info.version}
 * ({@link ReleaseRule}); compatible changes and no change always pass.
 *
 * @param baselineVersion {@code info.version} of the baseline
 * @param currentVersion  {@code info.version} of the current spec
 * @param breaking        openapi-diff found an incompatible change
 * @param changed         openapi-diff found any difference
 * @param markdown        openapi-diff's Markdown report
 */
record SpecDiff(String baselineVersion, String currentVersion, boolean breaking, boolean changed, String markdown) {

    /** Compares two OpenAPI documents given as YAML or JSON text. */
    static SpecDiff compare(String baselineText, String currentText) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baselineText, currentText);
        return new SpecDiff(diff.getOldSpecOpenApi().getInfo().getVersion(),
                diff.getNewSpecOpenApi().getInfo().getVersion(),
                diff.isIncompatible(), diff.isDifferent(), render(diff));
    }

    /** @return true when this change may be released as {@link #currentVersion()} */
    boolean releasable() {
        return !breaking || ReleaseRule.isBreakingBump(baselineVersion, currentVersion);
    }

    /** @return why the change cannot be released; empty when {@link #releasable()} */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!releasable()) {
            problems.add("breaking change against the released spec " + baselineVersion + " while info.version is "
                    + currentVersion + ": bump it to a breaking release (next minor while 0.x, else next major)"
                    + " or make the change compatible; see docs/spec-changes.md");
        }
        return problems;
    }

    /** @return the whole report: verdict, then openapi-diff's Markdown */
    String report() {
        String verdict = !changed ? "no change"
                : breaking ? (releasable() ? "BREAKING, allowed by the version bump" : "BREAKING, NOT releasable")
                : "compatible";
        return "# Spec diff: baseline " + baselineVersion + " -> current " + currentVersion + "\n\n"
                + "Verdict: **" + verdict + "**\n\n"
                + String.join("\n", problems()) + (problems().isEmpty() ? "" : "\n\n")
                + markdown;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
