package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.kling4j.contracts.ProbeEndpointSpec;
import io.kling4j.contracts.TaskEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task endpoint added to the spec (and nowhere else) gets the same interactions as every other: the pacts of
 * {@link TaskPacts} built from the spec plus {@code contract_probe} ({@link ProbeEndpointSpec}).
 */
class AddedEndpointPactsTest {
    @Test
    void theNewEndpointHasTheStandardInteractions() {
        List<TaskEndpoint> endpoints = TaskEndpoint.fromSpec(ProbeEndpointSpec.text(true));
        List<RequestResponseInteraction> all = new ArrayList<>();
        for (RequestResponsePact pact : List.of(TaskPacts.create(builder(), endpoints),
                TaskPacts.statuses(builder(), endpoints), TaskPacts.invalidBody(builder(), endpoints),
                TaskPacts.missingKey(builder(), endpoints), TaskPacts.unknownTask(builder(), endpoints))) {
            pact.getInteractions().forEach(i -> all.add((RequestResponseInteraction) i));
        }
        List<String> probe = all.stream()
                .filter(i -> i.getRequest().getPath().startsWith(ProbeEndpointSpec.PATH))
                .map(i -> i.getRequest().getMethod() + " " + i.getRequest().getPath() + " " + i.getResponse().getStatus())
                .sorted().toList();
        assertEquals(List.of(
                "GET /api/v1/kling/contract_probe/contract_probe_completed 200",
                "GET /api/v1/kling/contract_probe/contract_probe_failed 200",
                "GET /api/v1/kling/contract_probe/contract_probe_missing 404",
                "GET /api/v1/kling/contract_probe/contract_probe_pending 200",
                "GET /api/v1/kling/contract_probe/contract_probe_processing 200",
                "POST /api/v1/kling/contract_probe 200",
                "POST /api/v1/kling/contract_probe 400",
                "POST /api/v1/kling/contract_probe 401"), probe);
        assertEquals(8 * endpoints.size(), all.size(), "the same 8 interactions for every endpoint");
    }

    private static au.com.dius.pact.consumer.dsl.PactDslWithProvider builder() {
        return ConsumerPactBuilder.consumer(PactNames.CONSUMER).hasPactWith(PactNames.PROVIDER);
    }
}
