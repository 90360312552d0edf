package io.kling4j.sandbox.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where kling4j's rules deliberately refuse what RunAPI's published contract accepts, because RunAPI's own SDK
 * sources or docs say the service refuses it. The same list, with its sources, is in docs/spec-conventions.md
 * ("Differences from RunAPI's published contract"); kling4j accepts nothing the contract refuses.
 */
final class DeliberateDifferences {
    /**
     * One difference: on {@code action} for {@code models}, a case varying {@code field} that the contract
     * accepts is refused by kling4j.
     *
     * @param requires true when kling4j requires the field (the contract leaves it optional); the derived
     *                 bases then carry it, so the other cases still test one thing each
     */
    record Difference(String action, Set<String> models, String field, boolean requires, String why) {
        boolean covers(ContractCases.Case c) {
            return c.contractAccepts() && action.equals(c.action()) && models.contains(c.model())
                    && field.equals(c.subject());
        }
    }

    private static final String T2V = "kling/text-to-video";
    private static final String I2V = "kling/image-to-video";

    static final List<Difference> ALL = List.of(
            new Difference(T2V, Set.of("kling-3.0"), "prompt", true,
                    "prompt required unless multi_shots is true (Go SDK types.go)"),
            new Difference(T2V, Set.of("kling-v2.1-master-text-to-video", "kling-v2.5-turbo-text-to-video-pro"),
                    "prompt", true, "prompt required (JS SDK types.ts)"),
            new Difference("kling/motion-control", Set.of("kling-3.0"), "output_resolution", true,
                    "output_resolution required (CHANGELOG java v0.2.1: the API rejects requests without it)"),
            new Difference(T2V, Set.of("kling-3.0"), "multi_shots", false,
                    "multi_shots true needs multi_prompt (JS SDK types.ts)"),
            new Difference(T2V, Set.of("kling-3.0"), "multi_prompt", false,
                    "multi_prompt needs multi_shots true (JS SDK types.ts)"),
            new Difference(T2V, Set.of("kling-v2.6"), "enable_sound", false,
                    "enable_sound true needs mode pro (TextToVideoResource.java, CHANGELOG v0.4.0)"),
            new Difference(I2V, Set.of("kling-v2.6"), "enable_sound", false,
                    "enable_sound true needs mode pro (ImageToVideoResource.java)"),
            new Difference(I2V, Set.of("kling-v2.6"), "last_frame_image_url", false,
                    "last_frame_image_url needs mode pro and 5 s (ImageToVideoResource.java)"),
            new Difference(I2V, Set.of("kling-v3-omni"), "last_frame_image_url", false,
                    "last_frame_image_url needs 5 s (ImageToVideoResource.java)"),
            new Difference(I2V, Set.of("kling-v2.1-master-image-to-video", "kling-v2.1-standard"),
                    "last_frame_image_url", false, "last frame only on V2.5 turbo and V2.1 pro (JS SDK types.ts)"),
            new Difference(T2V, Set.of("kling-o1"), "enable_sound", false, "O1 keeps sound off (O1ReferenceValidation)"),
            new Difference(I2V, Set.of("kling-o1"), "enable_sound", false, "O1 keeps sound off (O1ReferenceValidation)"),
            new Difference(T2V, Set.of("kling-o1"), "reference_image_urls", false,
                    "prompt must name <<<image_N>>> per image (O1ReferenceValidation)"),
            new Difference(I2V, Set.of("kling-o1"), "reference_image_urls", false,
                    "prompt must name <<<image_N>>> per image (O1ReferenceValidation)"),
            new Difference(T2V, Set.of("kling-o1"), "reference_video_url", false,
                    "prompt must name <<<video_1>>> (O1ReferenceValidation)"),
            new Difference(I2V, Set.of("kling-o1"), "reference_video_url", false,
                    "prompt must name <<<video_1>>>; a base video excludes the first frame (O1ReferenceValidation)"),
            new Difference(T2V, Set.of("kling-o1"), "reference_video_type", false,
                    "only with reference_video_url (O1ReferenceValidation)"),
            new Difference(I2V, Set.of("kling-o1"), "reference_video_type", false,
                    "only with reference_video_url (O1ReferenceValidation)"),
            new Difference(T2V, Set.of("kling-o1"), "preserve_reference_video_audio", false,
                    "only with reference_video_url (O1ReferenceValidation)"),
            new Difference(I2V, Set.of("kling-o1"), "preserve_reference_video_audio", false,
                    "only with reference_video_url (O1ReferenceValidation)"));

    private DeliberateDifferences() {
    }

    /** @return the fields kling4j requires beyond the contract, per {@code "action model"} */
    static Map<String, Set<String>> extraRequired() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Difference d : ALL) {
            if (d.requires()) {
                d.models().forEach(m -> out.computeIfAbsent(d.action() + " " + m, k -> new TreeSet<>()).add(d.field()));
            }
        }
        return out;
    }

    /** @return the difference that explains kling4j refusing {@code c}, or {@code null} */
    static Difference explaining(ContractCases.Case c) {
        return ALL.stream().filter(d -> d.covers(c)).findFirst().orElse(null);
    }
}
