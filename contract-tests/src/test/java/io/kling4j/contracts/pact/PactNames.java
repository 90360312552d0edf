package io.kling4j.contracts.pact;

/** Participants of the pact: one file, {@code target/pacts/kling4j-runapi-kling.json}. */
public final class PactNames {
    public static final String CONSUMER = "kling4j";
    public static final String PROVIDER = "runapi-kling";
    /** The key the pacts show; provider verification replaces it with a key the provider accepts. */
    public static final String EXAMPLE_API_KEY = "sk-pact-example";

    private PactNames() {
    }
}
