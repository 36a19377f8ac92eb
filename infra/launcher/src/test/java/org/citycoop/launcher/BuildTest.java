package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {

    @TempDir
    Path root;

    private final Service web = Service.named("web");

    private Path file(String path, Instant modified) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aMissingJarNeedsABuild() throws Exception {
        Files.createDirectories(root.resolve("shared"));
        file("services/web/src/main/java/Web.java", Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(Build.staleness(root, List.of(web))).contains("missing web-0.1.0-SNAPSHOT-exec.jar");
    }

    @Test
    void aSourceNewerThanTheJarNeedsABuildButTargetFoldersAndOtherFilesDoNot() throws Exception {
        Instant built = Instant.parse("2026-12-01T10:00:00Z");
        file("services/web/target/web-0.1.0-SNAPSHOT-exec.jar", built);
        file("services/web/src/main/java/Web.java", built.minusSeconds(60));
        file("services/web/target/classes/Generated.java", built.plusSeconds(60));
        file("shared/platform-kit/notes.txt", built.plusSeconds(60));

        assertThat(Build.staleness(root, List.of(web))).isEmpty();

        file("shared/platform-kit/src/main/resources/citycoop-platform.properties", built.plusSeconds(60));
        assertThat(Build.staleness(root, List.of(web))).contains("sources newer than web-0.1.0-SNAPSHOT-exec.jar");
    }
}
