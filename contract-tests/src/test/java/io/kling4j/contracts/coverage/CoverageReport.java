package io.kling4j.contracts.coverage;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a {@link ContractCoverage} as Markdown (target/contract-coverage.md). */
public final class CoverageReport {
    private CoverageReport() {
    }

    public static String markdown(ContractCoverage coverage) {
        StringBuilder out = new StringBuilder("# Contract coverage\n\n");
        out.append("Rule (per source): every operation has a success and an error interaction; every documented ")
                .append("status code appears somewhere; every interaction is a documented call. ")
                .append("Cells count the interactions (Pact) / contracts (SCC) per operation and code.\n\n");
        List<String> sources = coverage.sources();
        out.append("| Operation | Method and path | Code | ")
                .append(sources.stream().collect(Collectors.joining(" | "))).append(" |\n|---|---|---|")
                .append("---|".repeat(sources.size())).append('\n');
        for (SpecOperation op : coverage.operations()) {
            for (String code : op.codes()) {
                out.append("| ").append(op.operationId()).append(" | `").append(op.method()).append(' ')
                        .append(op.path()).append("` | ").append(code).append(" |");
                for (String source : sources) {
                    List<CoveringInteraction> hits = coverage.covering(source, op, code);
                    out.append(' ').append(hits.isEmpty() ? "–" : hits.size() + ": " + hits.stream()
                            .map(CoveringInteraction::name).collect(Collectors.joining("; "))).append(" |");
                }
                out.append('\n');
            }
        }
        List<String> gaps = coverage.gaps();
        out.append("\n## Gaps: ").append(gaps.size()).append("\n\n");
        gaps.forEach(g -> out.append("- ").append(g).append('\n'));
        return out.toString();
    }
}
