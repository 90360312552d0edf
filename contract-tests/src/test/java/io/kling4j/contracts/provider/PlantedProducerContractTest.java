package io.kling4j.contracts.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.cloud.contract.verifier.TestGenerator;
import org.springframework.cloud.contract.verifier.config.ContractVerifierConfigProperties;
import org.springframework.cloud.contract.verifier.config.TestFramework;
import org.springframework.cloud.contract.verifier.config.TestMode;
import org.yaml.snakeyaml.Yaml;

/**
 * A contract that the sandbox breaks fails its generated producer test. The build's own pipeline, end to end, on
 * two contracts: the real {@code account_balance_get} and a planted copy expecting {@code balance_usd}
 * (src/test/resources/planted-producer-contracts). Both go through PrepareProducerContracts (as a separate
 * process, as in the build), Spring Cloud Contract's test generator (same settings as the pom), javac, and the
 * JUnit Platform, against {@link SandboxContractBase}: the real one passes, the planted one fails on its field.
 */
class PlantedProducerContractTest {
    private static final Path WORK = Path.of("target/planted-producer-tests");

    @Test
    void aContractExpectingAFieldTheSandboxLacksFailsItsGeneratedTest() throws Exception {
        Path contracts = WORK.resolve("contracts/kling");
        Path prepared = WORK.resolve("producer-contracts");
        Path sources = WORK.resolve("sources");
        Path classes = WORK.resolve("classes");
        for (Path dir : List.of(contracts, sources, classes)) {
            Files.createDirectories(dir);
        }
        Files.copy(Path.of("src/test/resources/contracts/kling/account_balance_get.yml"),
                contracts.resolve("account_balance_get.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/planted-producer-contracts/kling/account_balance_get_wrong_field.yml"),
                contracts.resolve("account_balance_get_wrong_field.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        prepare(WORK.resolve("contracts"), prepared);
        generate(prepared, sources);
        compile(sources, classes);
        TestExecutionSummary summary = run(prepared, classes, "io.kling4j.planted.KlingTest");

        assertEquals(2, summary.getTestsStartedCount(), "both generated tests ran");
        assertEquals(1, summary.getTestsSucceededCount(), "the real contract holds");
        assertEquals(1, summary.getTestsFailedCount(), "the planted contract fails");
        var failure = summary.getFailures().get(0);
        assertTrue(failure.getTestIdentifier().getDisplayName().contains("wrong_field"), failure.getTestIdentifier()::getDisplayName);
        assertTrue(String.valueOf(failure.getException()).contains("balance_usd"), () -> String.valueOf(failure.getException()));
    }

    /** Runs src/build/java/PrepareProducerContracts.java as the build does: a single-file program, Jackson only. */
    private static void prepare(Path in, Path out) throws Exception {
        String classpath = String.join(File.pathSeparator, jarOf(ObjectMapper.class), jarOf(JsonFactory.class),
                jarOf(JsonProperty.class), jarOf(YAMLFactory.class), jarOf(Yaml.class));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", classpath, "src/build/java/PrepareProducerContracts.java", in.toString(), out.toString())
                .inheritIO().start();
        assertEquals(0, process.waitFor(), "PrepareProducerContracts exit code");
    }

    private static void generate(Path contracts, Path sources) {
        ContractVerifierConfigProperties config = new ContractVerifierConfigProperties();
        config.setContractsDslDir(contracts.toFile());
        config.setGeneratedTestSourcesDir(sources.toFile());
        config.setGeneratedTestResourcesDir(WORK.resolve("resources").toFile());
        config.setTestMode(TestMode.EXPLICIT);
        config.setTestFramework(TestFramework.JUNIT5);
        config.setBasePackageForTests("io.kling4j.planted");
        config.setBaseClassForTests(SandboxContractBase.class.getName());
        assertEquals(1, new TestGenerator(config).generate(), "generated test classes");
    }

    private static void compile(Path sources, Path classes) throws Exception {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", testClasspath(), "-nowarn"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)), "javac");
    }

    private static TestExecutionSummary run(Path contracts, Path classes, String testClass) throws Exception {
        String before = System.getProperty(ProducerContracts.PROPERTY);
        System.setProperty(ProducerContracts.PROPERTY, contracts.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, PlantedProducerContractTest.class.getClassLoader())) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(loader.loadClass(testClass))).build(), listener);
            return listener.getSummary();
        } finally {
            if (before == null) {
                System.clearProperty(ProducerContracts.PROPERTY);
            } else {
                System.setProperty(ProducerContracts.PROPERTY, before);
            }
        }
    }

    /** Surefire runs tests from a manifest-only jar; it puts the real test classpath in this property. */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
