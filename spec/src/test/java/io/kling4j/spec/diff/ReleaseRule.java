package io.kling4j.spec.diff;

/**
 * When a breaking (incompatible) spec change may be released: only with a breaking version bump of
 * {@code info.version} over the baseline's. Semantic versioning with the 0.x convention: a major bump
 * ({@code 1.4.2 -> 2.0.0}), or, while the major version is 0, a minor bump ({@code 0.1.0 -> 0.2.0}).
 * Patch bumps and unchanged versions never allow a breaking change.
 */
final class ReleaseRule {
    private ReleaseRule() {
    }

    /**
     * @param baseline {@code info.version} of the last released spec, e.g. {@code 0.1.0}
     * @param current  {@code info.version} of the spec being built
     * @return true when {@code current} is a breaking release over {@code baseline}
     * @throws IllegalArgumentException when a version is not {@code MAJOR.MINOR.PATCH} (a pre-release suffix is ignored)
     */
    static boolean isBreakingBump(String baseline, String current) {
        int[] old = parse(baseline);
        int[] now = parse(current);
        if (now[0] > old[0]) {
            return true;
        }
        return now[0] == 0 && old[0] == 0 && now[1] > old[1];
    }

    static int[] parse(String version) {
        if (version == null) {
            throw new IllegalArgumentException("info.version is missing");
        }
        String core = version.trim().split("[-+]", 2)[0];
        String[] parts = core.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("info.version is not MAJOR.MINOR.PATCH: " + version);
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("info.version is not MAJOR.MINOR.PATCH: " + version, e);
        }
    }
}
