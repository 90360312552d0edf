package io.kling4j.contracts.pactspec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import io.kling4j.spec.KlingSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks every HTTP interaction of pact files ({@code .json}) and Spring Cloud Contract contracts
 * ({@code .yml}/{@code .yaml}) against the OpenAPI spec: request (path, method, headers,
 * parameters, security, body schema) and response (status code documented, headers, content type, body
 * schema), strictly (see {@link SpecLevels}, {@link ExpectedRejections}).
 *
 * <p>From the command line: {@code PactSpecValidator [--spec=kling.yaml] <pact file or dir>...} prints every
 * violation and exits 1 when there is one (2 on bad usage); without {@code --spec} it uses kling4j's spec from
 * the classpath ({@link KlingSpec}).
 */
public final class PactSpecValidator {
    private final OpenApiInteractionValidator validator;
    private final PactFileReader pactReader = new PactFileReader();
    private final SccContractReader contractReader = new SccContractReader();

    private PactSpecValidator(String specText) {
        this.validator = OpenApiInteractionValidator.createFor(SpecModel.parse(specText))
                .withLevelResolver(SpecLevels.strict())
                .build();
    }

    /** @return a validator for kling4j's spec ({@code openapi/kling.yaml} on the classpath) */
    public static PactSpecValidator forKlingSpec() {
        return new PactSpecValidator(KlingSpec.text());
    }

    /** @return a validator for the OpenAPI document in {@code specFile} */
    public static PactSpecValidator forSpecFile(Path specFile) throws IOException {
        return new PactSpecValidator(Files.readString(specFile, StandardCharsets.UTF_8));
    }

    /**
     * @param pactFile a pact ({@code .json}) or an SCC contract ({@code .yml}, {@code .yaml})
     * @return the violations of all its interactions; empty when the file agrees with the spec
     */
    public List<Violation> validate(Path pactFile) throws IOException {
        List<Violation> violations = new ArrayList<>();
        for (PactInteraction interaction : read(pactFile)) {
            ValidationReport report = validator.validate(interaction.request(), interaction.response());
            int status = interaction.response().getStatus();
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR
                        && !ExpectedRejections.isExpected(message.getKey(), status)) {
                    violations.add(new Violation(pactFile, interaction.description(), message.getKey(),
                            oneLine(message)));
                }
            }
        }
        return violations;
    }

    /** @return the number of HTTP interactions the validator reads from {@code pactFile} */
    public int interactionCount(Path pactFile) throws IOException {
        return read(pactFile).size();
    }

    /**
     * @param filesOrDirs pact files, SCC contracts, or folders holding them
     * @return all their HTTP interactions, files in sorted order
     */
    public static List<PactInteraction> readInteractions(List<Path> filesOrDirs) throws IOException {
        List<PactInteraction> all = new ArrayList<>();
        PactFileReader pacts = new PactFileReader();
        SccContractReader contracts = new SccContractReader();
        for (Path file : PactFiles.expand(filesOrDirs.stream().map(Path::toString).toList())) {
            all.addAll(PactFiles.isContract(file) ? contracts.read(file) : pacts.read(file));
        }
        return all;
    }

    /** @return the HTTP interactions of a pact ({@code .json}) or of an SCC contract file ({@code .yml}/{@code .yaml}) */
    List<PactInteraction> read(Path file) throws IOException {
        return PactFiles.isContract(file) ? contractReader.read(file) : pactReader.read(file);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** {@link #main} without the exit: 0 all valid, 1 violations found, 2 bad usage or unreadable input. */
    static int run(String[] args, PrintStream out) {
        List<String> paths = new ArrayList<>(Arrays.asList(args));
        try {
            PactSpecValidator validator = paths.isEmpty() || !paths.get(0).startsWith("--spec=")
                    ? forKlingSpec()
                    : forSpecFile(Path.of(paths.remove(0).substring("--spec=".length())));
            List<Path> files = PactFiles.expand(paths);
            if (files.isEmpty()) {
                out.println("usage: PactSpecValidator [--spec=openapi.yaml] <pact, SCC contract or directory>...");
                return 2;
            }
            int total = 0;
            for (Path file : files) {
                List<Violation> violations = validator.validate(file);
                out.printf("%s: %d interactions, %d violations%n", file, validator.interactionCount(file),
                        violations.size());
                violations.forEach(v -> out.println("  " + v));
                total += violations.size();
            }
            return total == 0 ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("cannot validate: " + e);
            return 2;
        }
    }

    private static String oneLine(ValidationReport.Message message) {
        String text = message.getMessage().replaceAll("\\s+", " ").trim();
        List<String> context = message.getAdditionalInfo();
        return context.isEmpty() ? text : text + " " + context;
    }
}
