package io.kling4j.contracts.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kling4j.spec.KlingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build fails on a coverage gap: the pacts the consumer tests wrote (target/pacts) and the SCC contracts
 * (target/contracts: the hand-written ones and those generated from the spec) each cover every spec operation with a success and an error, every documented
 * status code, and nothing undocumented ({@link ContractCoverage}). Writes target/contract-coverage.md.
 */
class ContractCoverageIT {
    static final Path PACT_DIR = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    static final Path CONTRACTS = Path.of(System.getProperty("kling4j.contracts", "target/contracts"));
    static final Path REPORT = Path.of("target/contract-coverage.md");

    @Test
    void pactsAndContractsCoverEveryOperationAndCode() throws Exception {
        ContractCoverage coverage = new ContractCoverage(CoverageInputs.operations(KlingSpec.text()))
                .add("pact", CoverageInputs.interactions("pact", List.of(PACT_DIR)))
                .add("scc", CoverageInputs.interactions("scc", List.of(CONTRACTS)));
        Files.writeString(REPORT, CoverageReport.markdown(coverage));
        assertEquals(List.of(), coverage.gaps(), "see " + REPORT.toAbsolutePath());
    }
}
