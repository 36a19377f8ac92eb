package org.citycoop.systemtests.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: no file points to design documents outside it, and every relative
 * link of the README and {@code docs/} leads to a file that exists.
 */
class SelfContainedDocsTest {

    /** This module sits at {@code shared/system-tests}. */
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    /** Built, generated or local folders, and Flyway migrations (applied ones keep their bytes: checksums). */
    private static final Set<String> SKIPPED = Set.of(".git", "target", ".citycoop", "node_modules", ".idea", "migration");

    /** The documents kept beside the repository while it was young; spelled in pieces so this file does not name them. */
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared/|\\b(ARCHITECTURE|CONVENTIONS|RECIPES|GLOSSARY)" + "\\.md");

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");

    @Test
    void noFilePointsToDocumentsOutsideTheRepository() {
        List<String> pointers = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE.matcher(lines.get(i)).find()) {
                    pointers.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(pointers).as("lines pointing outside the repository (the design lives in docs/)").isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheDocsLeadsToAFile() {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".md")) {
                continue;
            }
            Matcher link = MARKDOWN_LINK.matcher(String.join("\n", lines(file)));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(file.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(file) + " → " + target);
                }
            }
        }
        assertThat(broken).as("relative links to files that do not exist").isEmpty();
    }

    @Test
    void theDesignDocumentsTheCodeCitesAreInTheRepository() {
        assertThat(ROOT.resolve("docs/architecture.md")).isRegularFile();
        assertThat(ROOT.resolve("docs/conventions.md")).isRegularFile();
        assertThat(ROOT.resolve("docs/glossary.md")).isRegularFile();
        assertThat(ROOT.resolve("pom.xml")).as("the repository's root, found from this module").isRegularFile();
    }

    @Test
    void theScanWouldFindAPointerOutside() {
        // the pattern itself, on lines as they were written before the docs moved in
        assertThat(OUTSIDE.matcher("The target design is `../" + "shared/ARCHITECTURE" + ".md` (beside the repository)").find()).isTrue();
        assertThat(OUTSIDE.matcher("written once (CONVENTIONS" + ".md, rule 9)").find()).isTrue();
        assertThat(OUTSIDE.matcher("see docs/architecture.md and docs/glossary.md").find()).isFalse();
    }

    private static List<Path> textFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ROOT.relativize(file).getNameCount() > 0)
                    .filter(file -> Stream.iterate(ROOT.relativize(file), path -> path != null, Path::getParent)
                            .noneMatch(part -> SKIPPED.contains(part.getFileName().toString())))
                    .filter(file -> !file.getFileName().toString().matches(".*\\.(png|jpg|jpeg|gif|ico|pdf|jar|woff2?|ttf|y4m|xlsx|class)$"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
