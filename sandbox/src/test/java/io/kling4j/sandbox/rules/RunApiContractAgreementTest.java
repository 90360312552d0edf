package io.kling4j.sandbox.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.internal.RequestRules;
import io.kling4j.generated.ApiClient;
import io.kling4j.sandbox.KlingSandbox;
import io.kling4j.sandbox.rules.ContractCases.Case;
import io.kling4j.sandbox.rules.DeliberateDifferences.Difference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every case derived from RunAPI's published input contract ({@link ContractCases}) through the facade's
 * local validation ({@link RequestRules}, i.e. the generated {@code KlingRules}) and through the sandbox. Both
 * must give the same verdict, and it must be the contract's, except where {@link DeliberateDifferences} lists a
 * documented refusal; every listed difference must still be needed.
 */
class RunApiContractAgreementTest {
    private static final String KEY = "sk-contract-test";
    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    @Test
    void facadeAndSandboxFollowTheContractExceptDocumentedDifferences() throws Exception {
        List<Case> cases = ContractCases.derive(RunApiContract.load(), DeliberateDifferences.extraRequired());
        assertTrue(cases.size() > 300, "derived " + cases.size() + " cases");
        RequestRules rules = new RequestRules(JSON);
        HttpClient http = HttpClient.newHttpClient();
        List<String> problems = new ArrayList<>();
        Set<Difference> used = new LinkedHashSet<>();
        int differing = 0;
        try (KlingSandbox sandbox = KlingSandbox.builder().apiKey(KEY).build().start()) {
            sandbox.seedTask("text_to_video", "task_source_done", "completed");
            for (Case c : cases) {
                boolean facade = facadeAccepts(rules, c);
                int status = post(http, sandbox.baseUri(), c).statusCode();
                if (status != 200 && status != 400) {
                    problems.add("sandbox answered " + status + ": " + c);
                    continue;
                }
                if (facade != (status == 200)) {
                    problems.add("facade " + verdict(facade) + ", sandbox " + status + ": " + c);
                }
                if (facade == c.contractAccepts()) {
                    continue;
                }
                Difference why = facade ? null : DeliberateDifferences.explaining(c);
                if (why == null) {
                    problems.add("contract " + (c.contractAccepts() ? "accepts" : "refuses (" + c.refusal() + ")")
                            + ", kling4j " + verdict(facade) + ": " + c);
                } else {
                    used.add(why);
                    differing++;
                }
            }
        }
        System.out.printf("RunAPI contract: %d cases, %d accepted by the contract, %d refused by kling4j as documented%n",
                cases.size(), cases.stream().filter(Case::contractAccepts).count(), differing);
        assertEquals(List.of(), problems, problems.size() + " of " + cases.size() + " cases disagree");
        List<Difference> unused = new ArrayList<>(DeliberateDifferences.ALL);
        unused.removeAll(used);
        assertEquals(List.of(), unused, "listed differences that no case needs any more");
    }

    private static boolean facadeAccepts(RequestRules rules, Case c) {
        try {
            rules.check(ClientAndSandboxAgreeOnRulesTest.params(c.endpoint(), c.body()));
            return true;
        } catch (ValidationException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError("the facade cannot even build " + c, e);
        }
    }

    private static String verdict(boolean accepts) {
        return accepts ? "accepts" : "refuses";
    }

    private static HttpResponse<String> post(HttpClient http, URI base, Case c) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/kling/" + c.endpoint()))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(c.body()))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
