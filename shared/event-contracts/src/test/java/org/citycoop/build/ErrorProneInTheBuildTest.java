package org.citycoop.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The build's static analysis (ADR 31) refuses a new finding: a source file is compiled with the root pom's own
 * compiler arguments and the JVM flags of {@code .mvn/jvm.config}, as Maven compiles every module. Here, in the first
 * module built, so a broken analysis setting fails early and the check costs a few seconds.
 */
class ErrorProneInTheBuildTest {

    @TempDir
    Path work;

    @Test
    void anExceptionCreatedButNotThrownFailsTheCompilation() throws Exception {
        Compilation compiled = compile("""
                package fixture;

                class Refund {
                    static void check(long cents) {
                        if (cents < 0) {
                            new IllegalArgumentException("a refund is never negative");
                        }
                    }
                }
                """);

        assertThat(compiled.exitCode()).as(compiled.output()).isNotZero();
        assertThat(compiled.output()).contains("Refund.java:6: error: [DeadException] Exception created but not thrown");
    }

    private Compilation compile(String source) throws Exception {
        Path root = repositoryRoot();
        Path file = Files.createDirectories(work.resolve("src/fixture")).resolve("Refund.java");
        Files.writeString(file, source);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        for (String flag : Files.readAllLines(root.resolve(".mvn/jvm.config"))) {
            if (!flag.isBlank()) {
                command.add("-J" + flag.strip());
            }
        }
        List<String> compilerArgs = compilerArgs(root.resolve("pom.xml"));
        assertThat(compilerArgs).as("the root pom's compiler arguments").anyMatch(arg -> arg.startsWith("-Xplugin:ErrorProne"));
        command.addAll(compilerArgs);
        // Error Prone is on this test's class path (a test dependency at the version the build uses)
        command.addAll(List.of("-processorpath", System.getProperty("java.class.path"), "-d", work.resolve("classes").toString(),
                file.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor(2, TimeUnit.MINUTES)).as("javac finished").isTrue();
        return new Compilation(javac.exitValue(), output);
    }

    /** The maven-compiler-plugin's {@code <compilerArgs>} in the root pom. */
    private static List<String> compilerArgs(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(pom.toFile());
        NodeList args = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='plugin'][*[local-name()='artifactId']='maven-compiler-plugin']"
                        + "/*[local-name()='configuration']/*[local-name()='compilerArgs']/*[local-name()='arg']",
                document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.getLength(); i++) {
            values.add(args.item(i).getTextContent().strip());
        }
        return values;
    }

    private static Path repositoryRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".mvn/jvm.config"))) {
                return dir;
            }
        }
        throw new IOException("no .mvn/jvm.config above " + Path.of("").toAbsolutePath());
    }

    private record Compilation(int exitCode, String output) {
    }
}
