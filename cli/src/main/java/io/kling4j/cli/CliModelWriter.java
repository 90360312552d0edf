package io.kling4j.cli;

import io.kling4j.spec.KlingSpec;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): writes the task commands of the bundled spec
 * ({@link CliModel}) to {@value CliModel#RESOURCE} under the classes folder, so that the jar starts without parsing
 * the spec. Usage: {@code CliModelWriter <classes folder>}.
 */
public final class CliModelWriter {
    private CliModelWriter() {
    }

    /**
     * @param args the classes folder
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CliModelWriter <classes folder>");
        }
        Path file = Path.of(args[0]).resolve(CliModel.RESOURCE);
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            CliModelFile.write(CliModel.fromYaml(KlingSpec.text()), out);
        }
    }
}
