package io.kling4j.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The release gate: the spec being built, compared with the last released spec (the baseline), has no
 * breaking change unless {@code info.version} is a breaking bump. Writes openapi-diff's report to
 * {@code spec/target/spec-diff.md} on every build, pass or fail.
 */
class SpecMatchesBaselineTest {

    @Test
    void noUnreleasableBreakingChangeAgainstTheBaseline() throws IOException {
        Path baseline = SpecBaseline.file();
        SpecDiff diff = SpecDiff.compare(SpecBaseline.read(baseline), SpecBaseline.read(SpecBaseline.CURRENT));
        Files.createDirectories(SpecBaseline.REPORT.getParent());
        Files.writeString(SpecBaseline.REPORT, diff.report());
        assertEquals(List.of(), diff.problems(), "see " + SpecBaseline.REPORT.toAbsolutePath());
    }

    @Test
    void baselineFileIsNamedForItsVersion() {
        Path baseline = SpecBaseline.file();
        SpecDiff self = SpecDiff.compare(SpecBaseline.read(baseline), SpecBaseline.read(baseline));
        assertEquals("kling-" + self.baselineVersion() + ".yaml", baseline.getFileName().toString());
        assertTrue(!self.changed() && !self.breaking(), "a spec compared with itself must show no change");
    }
}
