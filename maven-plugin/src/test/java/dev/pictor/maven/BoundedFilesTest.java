package dev.pictor.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.io.InputFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's own reads of whole files (merging schema artifacts with the schemas folder, fingerprinting a run's
 * inputs) go through the core's bounded reader: a document over the size limit, or a pipe named like an input, is
 * refused with the reason instead of being read whole or waited on.
 */
class BoundedFilesTest {

    @TempDir
    Path dir;

    /** A sparse file one byte over the limit: its size is there, its bytes are not, until read. */
    private Path oversized(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_BYTES + 1);
        }
        return file;
    }

    @Test
    void anOversizedLocalDocumentMergedWithSchemaArtifactsIsRefusedByTheLimit() throws Exception {
        Path jar = dir.resolve("repo/acme-schemas-1.0.jar");
        GenerateMojoTest.jar(jar, Map.of("pictor/schemas/acme/provider.json", "{}"));
        Path schemas = dir.resolve("schemas");
        oversized(schemas.resolve("acme/big/2025-01-01.json"));
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> SchemaSources.resolve(
                        schemas.toFile(),
                        List.of("com.acme:acme-schemas"),
                        Set.of(GenerateMojoTest.artifact("com.acme", "acme-schemas", "1.0", jar)),
                        dir.resolve("merged")));
        assertTrue(e.getMessage().contains("big/2025-01-01.json"), e.getMessage());
        assertTrue(e.getMessage().contains("(4 MiB) Pictor reads of one input"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("merged/acme/big/2025-01-01.json")));
    }

    @Test
    void anOversizedDocumentOfAnArtifactFolderIsRefusedByTheLimit() throws Exception {
        Path classes = dir.resolve("reactor/target/classes");
        Files.createDirectories(classes.resolve("pictor/schemas/acme"));
        Files.writeString(classes.resolve("pictor/schemas/acme/provider.json"), "{}", StandardCharsets.UTF_8);
        oversized(classes.resolve("pictor/schemas/acme/big/2025-01-01.json"));
        MojoFailureException e = assertThrows(
                MojoFailureException.class,
                () -> SchemaSources.resolve(
                        dir.resolve("none").toFile(),
                        List.of("com.acme:acme-schemas"),
                        Set.of(GenerateMojoTest.artifact("com.acme", "acme-schemas", "1.0", classes)),
                        dir.resolve("merged")));
        assertTrue(
                e.getMessage().contains("com.acme:acme-schemas:1.0: acme/big/2025-01-01.json: the input has"),
                e.getMessage());
    }

    @Test
    void anOversizedDocumentIsFingerprintedByItsRefusalNotReadWhole() throws Exception {
        Path root = dir.resolve("schemas");
        Files.createDirectories(root);
        Path big = oversized(root.resolve("acme/big/2025-01-01.json"));
        String first = UpToDate.lintInputs(root, "config", "plugin").orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_BYTES + 2);
        }
        // the refusal names the size, so a document that changes size still changes the fingerprint
        assertNotEquals(first, UpToDate.lintInputs(root, "config", "plugin").orElseThrow());
    }

    @Test
    void aPipeNamedAsATemplatesFolderIsNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("templates");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo");
        String withPipe = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> new Fingerprint().folder("templates", fifo).hex());
        Files.delete(fifo);
        Files.writeString(fifo, "", StandardCharsets.UTF_8);
        assertNotEquals(withPipe, new Fingerprint().folder("templates", fifo).hex());
    }
}
