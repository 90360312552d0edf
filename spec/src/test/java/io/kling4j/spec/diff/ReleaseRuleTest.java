package io.kling4j.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseRuleTest {

    @ParameterizedTest(name = "{0} -> {1}: breaking allowed = {2}")
    @CsvSource({
        "0.1.0, 0.1.0, false",
        "0.1.0, 0.1.1, false",
        "0.1.0, 0.2.0, true",
        "0.1.0, 1.0.0, true",
        "0.1.0, 0.2.0-SNAPSHOT, true",
        "1.2.0, 1.3.0, false",
        "1.2.0, 2.0.0, true",
        "1.2.0, 1.2.0, false",
        "0.2.0, 0.1.0, false"})
    void breakingBump(String baseline, String current, boolean allowed) {
        assertEquals(allowed, ReleaseRule.isBreakingBump(baseline, current));
    }

    @ParameterizedTest
    @CsvSource({"1.0", "x.y.z", "''"})
    void rejectsMalformedVersions(String version) {
        assertThrows(IllegalArgumentException.class, () -> ReleaseRule.isBreakingBump("0.1.0", version));
    }
}
