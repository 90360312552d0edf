package io.kling4j.examples;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.NotFoundException;


import io.kling4j.client.TextToVideoParams;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of an application that calls RunAPI through kling4j, as a user would write it: it checks the balance,
 * renders a 5 s 720p clip and looks tasks up. Its test (ClipRendererContractStubsTest) runs it against kling4j's
 * published contract stubs, the way a user tests their own code offline.
 */
public final class ClipRenderer {
    private final KlingClient kling;
    private final WaitOptions wait;

    /**
     * @param kling the client (its base URL decides where requests go: RunAPI, a sandbox, or stubs)
     * @param wait how to wait for a clip
     */
    public ClipRenderer(KlingClient kling, WaitOptions wait) {
        this.kling = Objects.requireNonNull(kling, "kling");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** @return whether the account holds at least {@code cents} US cents */
    public boolean canAfford(long cents) {
        return kling.balance().balanceCents() >= cents;
    }

    /** Renders a 5 s, 16:9, 720p clip of {@code prompt} with kling-3.0 and waits for it. @return its video URL */
    public URI render(String prompt) {
        KlingTask task = kling.submitAndWait(TextToVideoParams.builder().model("kling-3.0").prompt(prompt)
                .durationSeconds(5).aspectRatio("16:9").outputResolution("720p").build(), wait);
        return URI.create(task.videoUrls().get(0));
    }

    /** @return the text-to-video task {@code id}, or empty when RunAPI does not know it */
    public Optional<KlingTask> find(String id) {
        try {
            return Optional.of(kling.get(Endpoint.of("text_to_video"), id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
