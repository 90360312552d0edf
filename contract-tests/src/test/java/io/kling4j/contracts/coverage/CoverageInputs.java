package io.kling4j.contracts.coverage;

import com.atlassian.oai.validator.model.Request;
import io.kling4j.contracts.pactspec.PactSpecValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the inputs of a {@link ContractCoverage}: the spec's operations and the interactions of files. */
public final class CoverageInputs {
    private CoverageInputs() {
    }

    /** @return every operation of the OpenAPI document {@code specText}, in document order */
    public static List<SpecOperation> operations(String specText) {
        OpenAPI api = new OpenAPIV3Parser().readContents(specText, null, null).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not an OpenAPI 3 document");
        }
        List<SpecOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> operations.add(
                new SpecOperation(op.getOperationId(), method.name(), path, List.copyOf(op.getResponses().keySet())))));
        return operations;
    }

    /** @return the interactions of pact files or SCC contracts (files or folders), tagged with {@code source} */
    public static List<CoveringInteraction> interactions(String source, List<Path> filesOrDirs) throws IOException {
        List<CoveringInteraction> all = new ArrayList<>();
        for (var interaction : PactSpecValidator.readInteractions(filesOrDirs)) {
            Request request = interaction.request();
            all.add(new CoveringInteraction(source, interaction.description(), request.getMethod().name(),
                    request.getPath(), interaction.response().getStatus()));
        }
        return all;
    }
}
