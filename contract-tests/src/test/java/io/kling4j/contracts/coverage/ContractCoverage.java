package io.kling4j.contracts.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which spec operation × documented response code each interaction covers, and the gaps. The rule, applied to
 * each source (Pact, SCC) on its own:
 * <ol>
 *   <li>every operation has at least one success (2xx) and at least one error (4xx/5xx) interaction;</li>
 *   <li>every response code the spec documents anywhere appears in at least one interaction somewhere (shared
 *       responses such as 429 and 500, documented on every operation, therefore count once, not per
 *       operation);</li>
 *   <li>every interaction is a call of a spec operation with a status that operation documents.</li>
 * </ol>
 */
public final class ContractCoverage {
    private final List<SpecOperation> operations;
    private final Map<String, List<CoveringInteraction>> bySource = new LinkedHashMap<>();

    public ContractCoverage(List<SpecOperation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** Adds the interactions of one source ({@code pact} or {@code scc}). */
    public ContractCoverage add(String source, List<CoveringInteraction> interactions) {
        bySource.computeIfAbsent(source, s -> new ArrayList<>()).addAll(interactions);
        return this;
    }

    public List<SpecOperation> operations() {
        return operations;
    }

    /** @return the sources added, in order */
    public List<String> sources() {
        return List.copyOf(bySource.keySet());
    }

    /** @return the interactions of {@code source} that call {@code operation} and answer {@code code} */
    public List<CoveringInteraction> covering(String source, SpecOperation operation, String code) {
        return bySource.getOrDefault(source, List.of()).stream()
                .filter(i -> operation.matches(i.method(), i.path()) && code.equals(String.valueOf(i.status())))
                .toList();
    }

    /** @return every broken rule, one line each; empty when the contracts cover the spec */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (var entry : bySource.entrySet()) {
            String source = entry.getKey();
            List<CoveringInteraction> interactions = entry.getValue();
            for (SpecOperation op : operations) {
                List<CoveringInteraction> calls = interactions.stream()
                        .filter(i -> op.matches(i.method(), i.path())).toList();
                if (calls.stream().noneMatch(i -> i.status() >= 200 && i.status() < 300)) {
                    gaps.add(source + ": " + op.operationId() + " (" + op.method() + " " + op.path()
                            + ") has no success interaction");
                }
                if (calls.stream().noneMatch(i -> i.status() >= 400)) {
                    gaps.add(source + ": " + op.operationId() + " (" + op.method() + " " + op.path()
                            + ") has no error interaction");
                }
            }
            operations.stream().flatMap(op -> op.codes().stream()).distinct().sorted().forEach(code -> {
                if (interactions.stream().noneMatch(i -> code.equals(String.valueOf(i.status())))) {
                    gaps.add(source + ": documented status " + code + " appears in no interaction");
                }
            });
            for (CoveringInteraction i : interactions) {
                List<SpecOperation> ops = operations.stream().filter(op -> op.matches(i.method(), i.path())).toList();
                if (ops.isEmpty()) {
                    gaps.add(source + ": \"" + i.name() + "\" (" + i.method() + " " + i.path() + ") calls no spec operation");
                } else if (ops.stream().noneMatch(op -> op.codes().contains(String.valueOf(i.status())))) {
                    gaps.add(source + ": \"" + i.name() + "\" answers " + i.status() + ", which "
                            + ops.get(0).operationId() + " does not document");
                }
            }
        }
        return gaps;
    }
}
