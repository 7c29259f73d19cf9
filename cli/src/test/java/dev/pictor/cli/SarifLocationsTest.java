package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.testing.SarifSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF log's locations resolve to the documents: the base {@code SCHEMAS_ROOT} has a {@code uri}, relative to
 * the working directory when the schemas lie inside it, so that a code-scanning service maps each result to a file of
 * the repository checked out there.
 */
class SarifLocationsTest {

    @TempDir
    Path outside;

    /** A schemas root inside the working directory (the module folder the tests run in), removed afterwards. */
    private final Path inside = Path.of("target", "sarif-root-" + UUID.randomUUID());

    @AfterEach
    void removeInside() throws IOException {
        if (Files.exists(inside)) {
            try (Stream<Path> all = Files.walk(inside)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static JsonNode sarif(String... args) throws IOException {
        CliRun run = CliRun.run(args).assertExit(1);
        assertEquals(List.of(), SarifSchema.violations(run.out()));
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aRootInsideTheWorkingDirectoryIsARelativeBaseAndEachLocationResolvesToItsDocument() throws IOException {
        SchemasFixture root = SchemasFixture.withError(inside)
                .write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER);
        for (String given : List.of(inside.toString(), inside.toAbsolutePath().toString())) {
            JsonNode log = sarif("lint", "--format", "sarif", given);
            String base = log.at("/runs/0/originalUriBaseIds/SCHEMAS_ROOT/uri").asText();
            assertEquals(inside.toString().replace('\\', '/') + "/", base);
            assertFalse(URI.create(base).isAbsolute(), base);
            JsonNode results = log.at("/runs/0/results");
            assertEquals(2, results.size(), results::toString);
            for (JsonNode result : results) {
                JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
                assertEquals("SCHEMAS_ROOT", artifact.get("uriBaseId").asText());
                String resolved =
                        URI.create(base).resolve(artifact.get("uri").asText()).toString();
                assertTrue(Files.isRegularFile(Path.of(resolved)), resolved);
                assertTrue(resolved.startsWith(inside.toString().replace('\\', '/') + "/acme/"), resolved);
            }
        }
        assertTrue(Files.isDirectory(Path.of(root.arg())));
    }

    @Test
    void aRootOutsideTheWorkingDirectoryIsAFileUriBase() throws IOException {
        SchemasFixture root = SchemasFixture.withError(outside);
        JsonNode log = sarif("lint", "--format", "sarif", root.arg());
        String base = log.at("/runs/0/originalUriBaseIds/SCHEMAS_ROOT/uri").asText();
        assertTrue(base.startsWith("file:") && base.endsWith("/"), base);
        for (JsonNode result : log.at("/runs/0/results")) {
            URI file = URI.create(base)
                    .resolve(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asText());
            assertTrue(Files.isRegularFile(Path.of(file)), file::toString);
        }
    }

    @Test
    void checkCompatNamesTheSameBase() throws IOException {
        SchemasFixture root = SchemasFixture.create(inside)
                .write(
                        "acme/m/2025-01-01.json",
                        CheckCompatCommandTest.document("2025-01-01", CheckCompatCommandTest.OPEN, ""))
                .write(
                        "acme/m/2025-02-01.json",
                        CheckCompatCommandTest.document("2025-02-01", CheckCompatCommandTest.CLOSED, ""));
        JsonNode log = sarif("check-compat", "--format", "sarif", root.arg());
        String base = log.at("/runs/0/originalUriBaseIds/SCHEMAS_ROOT/uri").asText();
        assertEquals(inside.toString().replace('\\', '/') + "/", base);
        String resolved = URI.create(base)
                .resolve(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .toString();
        assertEquals(inside.toString().replace('\\', '/') + "/acme/m/2025-02-01.json", resolved);
    }
}
