package io.kling4j.contracts.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.contracts.TaskEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage gate can fail: each planted gap is reported, and full coverage reports none. */
class ContractCoverageTest {
    private static final SpecOperation CREATE =
            new SpecOperation("createThing", "POST", "/things", List.of("200", "400", "429"));
    private static final SpecOperation GET =
            new SpecOperation("getThing", "GET", "/things/{id}", List.of("200", "404", "429"));

    private static CoveringInteraction call(String method, String path, int status) {
        return new CoveringInteraction("pact", method + " " + path + " " + status, method, path, status);
    }

    private static final List<CoveringInteraction> FULL = List.of(
            call("POST", "/things", 200), call("POST", "/things", 400),
            call("GET", "/things/t1", 200), call("GET", "/things/t2", 404), call("GET", "/things/t3", 429));

    @Test
    void fullCoverageHasNoGaps() {
        ContractCoverage coverage = new ContractCoverage(List.of(CREATE, GET)).add("pact", FULL);
        assertEquals(List.of(), coverage.gaps());
        assertEquals(1, coverage.covering("pact", GET, "429").size(), "path templates match concrete ids");
        assertTrue(CoverageReport.markdown(coverage).contains("## Gaps: 0"));
    }

    @Test
    void missingOperationIsReported() {
        SpecOperation delete = new SpecOperation("deleteThing", "DELETE", "/things/{id}", List.of("204", "404"));
        List<String> gaps = new ContractCoverage(List.of(CREATE, GET, delete)).add("pact", FULL).gaps();
        assertTrue(gaps.contains("pact: deleteThing (DELETE /things/{id}) has no success interaction"), gaps.toString());
        assertTrue(gaps.contains("pact: deleteThing (DELETE /things/{id}) has no error interaction"), gaps.toString());
        assertTrue(gaps.contains("pact: documented status 204 appears in no interaction"), gaps.toString());
    }

    @Test
    void realSpecWithPactsMissingOperationsIsReported() throws Exception {
        List<SpecOperation> operations = CoverageInputs.operations(io.kling4j.spec.KlingSpec.text());
        for (TaskEndpoint endpoint : TaskEndpoint.all()) {
            assertTrue(operations.stream().anyMatch(op -> op.matches("POST", endpoint.path())), endpoint.path());
            assertTrue(operations.stream().anyMatch(op -> op.matches("GET", endpoint.taskPath("x"))), endpoint.path());
        }
        List<CoveringInteraction> partial = CoverageInputs.interactions("pact",
                List.of(java.nio.file.Path.of("src/test/resources/valid-pacts")));
        List<String> gaps = new ContractCoverage(operations).add("pact", partial).gaps();
        assertTrue(gaps.contains(
                "pact: getAccountBalance (GET /api/v1/me/balance) has no success interaction"), gaps.toString());
    }

    @Test
    void operationWithoutAnErrorIsReported() {
        List<CoveringInteraction> noCreateError = FULL.stream().filter(i -> i.status() != 400).toList();
        List<String> gaps = new ContractCoverage(List.of(CREATE, GET)).add("pact", noCreateError).gaps();
        assertTrue(gaps.contains("pact: createThing (POST /things) has no error interaction"), gaps.toString());
        assertTrue(gaps.contains("pact: documented status 400 appears in no interaction"), gaps.toString());
    }

    @Test
    void undocumentedStatusAndUnknownPathAreReported() {
        List<CoveringInteraction> extra = new java.util.ArrayList<>(FULL);
        extra.add(call("GET", "/things/t4", 403));
        extra.add(call("GET", "/elsewhere", 200));
        List<String> gaps = new ContractCoverage(List.of(CREATE, GET)).add("pact", extra).gaps();
        assertTrue(gaps.contains("pact: \"GET /things/t4 403\" answers 403, which getThing does not document"), gaps.toString());
        assertTrue(gaps.contains("pact: \"GET /elsewhere 200\" (GET /elsewhere) calls no spec operation"), gaps.toString());
    }
}
