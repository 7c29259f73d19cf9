package dev.pictor.maven;

import static dev.pictor.maven.MojoHarness.PROVIDER;
import static dev.pictor.maven.MojoHarness.model;
import static dev.pictor.maven.MojoHarness.set;
import static dev.pictor.maven.MojoHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;

/** {@code pictor:generate} run as Maven runs it, on a project layout in a temporary folder, with a test double of m2e. */
class GenerateMojoTest {

    @TempDir
    Path project;

    private Path schemas;
    private Path target;
    private RecordingBuildContext ide;
    private MojoHarness.RecordingLog log;
    private MavenProject mavenProject;

    @BeforeEach
    void layout() throws IOException {
        schemas = project.resolve("src/main/pictor");
        target = project.resolve("target");
        write(schemas.resolve("acme/provider.json"), PROVIDER);
        write(schemas.resolve("acme/painter/2025-01-01.json"), model("painter", ""));
        write(schemas.resolve("acme/sketcher/2025-01-01.json"), model("sketcher", ""));
        ide = new RecordingBuildContext();
        log = new MojoHarness.RecordingLog();
        mavenProject = new MavenProject();
    }

    private GenerateMojo mojo() {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "schemasDirectory", schemas.toFile());
        set(mojo, "outputDirectory", target.resolve("generated-sources/pictor").toFile());
        set(
                mojo,
                "resourcesDirectory",
                target.resolve("generated-resources/pictor").toFile());
        set(mojo, "basePackage", "com.example.clients");
        set(mojo, "project", mavenProject);
        set(mojo, "buildDirectory", target.toFile());
        set(mojo, "buildContext", ide);
        mojo.setLog(log);
        return mojo;
    }

    private Path sources() {
        return target.resolve("generated-sources/pictor");
    }

    @Test
    void aNoChangeRebuildSkipsThePipelineAndTouchesNoFile() throws Exception {
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: "), log::text);
        Map<String, FileTime> first = mtimes(target);
        assertTrue(
                first.containsKey("generated-sources/pictor/com/example/clients/acme/painter/v2025_01_01/"
                        + "PainterRequest.java"),
                first::toString);
        assertTrue(first.containsKey("pictor/default/generate.fingerprint"), first::toString);
        assertEquals(List.of(sources().toString()), mavenProject.getCompileSourceRoots());

        log.clear();
        mavenProject = new MavenProject();
        mojo().execute();
        assertTrue(
                log.lines.stream()
                        .anyMatch(l ->
                                l.matches("\\[INFO] Pictor: up to date \\(fingerprint [0-9a-f]{12}\\) in \\d+ ms")),
                log::text);
        assertFalse(log.has("[INFO] Pictor: generated"), log::text);
        assertEquals(first, mtimes(target));
        // A skipped run still adds the folders to the build, or the compiler would not see the sources.
        assertEquals(List.of(sources().toString()), mavenProject.getCompileSourceRoots());
        assertEquals(1, mavenProject.getResources().size());
    }

    @Test
    void jsonValidationGivesEachValidatorAJsonEntryPointAndRegenerates() throws Exception {
        Path validator = sources().resolve("com/example/clients/acme/painter/v2025_01_01/PainterRequestValidator.java");
        String entryPoint = "public static List<Violation> validateJson(JsonNode json)";
        mojo().execute();
        assertFalse(Files.readString(validator).contains(entryPoint));
        log.clear();
        GenerateMojo json = mojo();
        set(json, "jsonValidation", true);
        json.execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: "), log::text);
        assertTrue(Files.readString(validator).contains(entryPoint));
    }

    @Test
    void aChangedAddedOrRemovedDocumentRegenerates() throws Exception {
        mojo().execute();
        Path painter = sources().resolve("com/example/clients/acme/painter/v2025_01_01/PainterRequest.java");
        Path sketcher = sources().resolve("com/example/clients/acme/sketcher/v2025_01_01/SketcherRequest.java");
        String painterText = Files.readString(painter);

        write(
                schemas.resolve("acme/painter/2025-01-01.json"),
                model(
                        "painter",
                        "\"seed\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": 99, "
                                + "\"description\": \"Random seed.\"}"));
        write(schemas.resolve("acme/inker/2025-01-01.json"), model("inker", ""));
        Files.delete(schemas.resolve("acme/sketcher/2025-01-01.json"));
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: "), log::text);
        assertNotEquals(painterText, Files.readString(painter));
        assertTrue(Files.readString(painter).contains("seed"));
        assertTrue(Files.exists(sources().resolve("com/example/clients/acme/inker/v2025_01_01/InkerRequest.java")));
        assertFalse(Files.exists(sketcher), "a removed document's files are deleted");

        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: up to date"), log::text);
    }

    @Test
    void aConfigurationChangeRegenerates() throws Exception {
        mojo().execute();
        log.clear();
        GenerateMojo other = mojo();
        set(other, "basePackage", "com.example.other");
        other.execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: "), log::text);
        assertTrue(Files.exists(sources().resolve("com/example/other/acme/painter/v2025_01_01/PainterRequest.java")));
        assertFalse(Files.exists(sources().resolve("com/example/clients")), "the old package is gone");

        log.clear();
        GenerateMojo picky = mojo();
        set(picky, "basePackage", "com.example.other");
        set(picky, "excludes", List.of("acme/sketcher/**"));
        picky.execute();
        assertTrue(log.has("[INFO] Pictor: generated 1 model (1 left out): "), log::text);

        log.clear();
        GenerateMojo strict = mojo();
        set(strict, "basePackage", "com.example.other");
        set(strict, "excludes", List.of("acme/sketcher/**"));
        set(strict, "failOnWarning", true);
        // Whether warnings fail the build is part of the fingerprint: a stricter build must not pass as up to date.
        boolean warnings = Linter.standard().lint(schemas, List.of()).diagnostics().stream()
                .anyMatch(d -> d.severity() == Severity.WARNING);
        if (warnings) {
            assertThrows(MojoFailureException.class, strict::execute);
        } else {
            strict.execute();
            assertFalse(log.has("[INFO] Pictor: up to date"), log::text);
        }
    }

    @Test
    void aDeletedOrEditedGeneratedFileIsRestored() throws Exception {
        mojo().execute();
        Path painter = sources().resolve("com/example/clients/acme/painter/v2025_01_01/PainterRequest.java");
        String text = Files.readString(painter);
        Files.delete(painter);
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: 1 file written, "), log::text);
        assertEquals(text, Files.readString(painter));

        Files.writeString(painter, "// edited by hand\n");
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: 1 file written, "), log::text);
        assertEquals(text, Files.readString(painter));

        Files.delete(sources().resolve(UpToDate.MANIFEST));
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: 0 files written, "), log::text);
    }

    @Test
    void aChangedTemplatesFolderRegenerates() throws Exception {
        // Every other folder the options name (a templates folder) is fingerprinted by contents.
        Path templates = project.resolve("src/main/pictor-templates");
        write(templates.resolve("notes.txt"), "one");
        assertEquals(List.of(), UpToDate.otherInputs(options(null)));
        assertEquals(List.of(templates.toAbsolutePath().normalize()), UpToDate.otherInputs(options(templates)));
        String first = UpToDate.inputs(options(templates), "stamp").orElseThrow();
        assertEquals(first, UpToDate.inputs(options(templates), "stamp").orElseThrow());
        write(templates.resolve("notes.txt"), "two");
        assertNotEquals(first, UpToDate.inputs(options(templates), "stamp").orElseThrow());
        assertNotEquals(UpToDate.inputs(options(templates), "stamp"), UpToDate.inputs(options(templates), "other"));
    }

    private dev.pictor.core.generate.GenerateOptions options(Path templates) {
        return new dev.pictor.core.generate.GenerateOptions(
                        schemas,
                        sources(),
                        target.resolve("generated-resources/pictor"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        false)
                .withTemplatesDirectory(templates);
    }

    @Test
    void findingsReachTheBuildContextWithFileLineAndColumn() throws Exception {
        write(schemas.resolve("acme/painter/2025-01-01.json"), """
                {
                  "provider": "acme",
                  "model": "painter",
                  "version": "2025-01-01",
                  "snapshot": "2025-01-01",
                  "task": "text-to-image",
                  "origin": "published",
                  "source": "test of the Pictor Maven plugin",
                  "dialect": "https://json-schema.org/draft/2020-12/schema",
                  "input": {
                    "type": "object",
                    "properties": {
                      "prompt": {"type": "string", "minLength": 1, "maxLength": 2048, "description": "What to paint."},
                      "height": {"type": "integer", "minimum": 4096, "maximum": 2048, "description": "Image height."}
                    },
                    "required": ["prompt"]
                  },
                  "output": {"type": "string", "contentType": "image/png", "format": "binary"}
                }
                """);
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(failure.getMessage().contains("nothing was written"), failure.getMessage());

        File painter = schemas.resolve("acme/painter/2025-01-01.json").toFile();
        RecordingBuildContext.Message error = ide.messages.stream()
                .filter(m -> m.text().startsWith("range.min-above-max "))
                .findFirst()
                .orElseThrow();
        assertEquals(
                new RecordingBuildContext.Message(
                        painter,
                        14,
                        17,
                        "range.min-above-max #/input/properties/height: minimum 4096 > maximum 2048: no value is valid"
                                + " (hint: swap or correct the bounds)",
                        BuildContext.SEVERITY_ERROR),
                error);
        // Every ERROR and WARNING of the run, each on its absolute file at its line and column; no NOTE.
        List<Diagnostic> expected = Linter.standard().lint(schemas, List.of()).diagnostics().stream()
                .filter(d -> d.severity() != Severity.NOTE)
                .toList();
        assertEquals(
                expected.stream()
                        .map(d -> new RecordingBuildContext.Message(
                                schemas.resolve(d.location().file()).toFile(),
                                d.location().line(),
                                d.location().column(),
                                AbstractPictorMojo.ideMessage(d),
                                d.severity() == Severity.ERROR
                                        ? BuildContext.SEVERITY_ERROR
                                        : BuildContext.SEVERITY_WARNING))
                        .toList(),
                ide.messages);
        // The markers of the last run are removed first, on every input, the clean ones too.
        assertTrue(
                ide.removed.containsAll(List.of(
                        painter,
                        schemas.resolve("acme/provider.json").toFile(),
                        schemas.resolve("acme/sketcher/2025-01-01.json").toFile())),
                ide.removed::toString);
        assertFalse(Files.exists(sources()), "nothing was written");

        // Fixed: the next run removes the marker and adds none for it.
        write(schemas.resolve("acme/painter/2025-01-01.json"), model("painter", ""));
        ide.messages.clear();
        ide.removed.clear();
        mojo().execute();
        assertTrue(ide.removed.contains(painter));
        assertTrue(
                ide.messages.stream()
                        .noneMatch(m -> m.file().equals(painter) && m.severity() == BuildContext.SEVERITY_ERROR),
                ide.messages::toString);
        assertEquals(
                List.of(
                        sources().toFile(),
                        target.resolve("generated-resources/pictor").toFile()),
                ide.refreshed);
    }

    @Test
    void anIdeFullBuildRunsAgainSoThatItsMarkersComeBack() throws Exception {
        mojo().execute();
        ide.incremental = false;
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: 0 files written, "), log::text);
        ide.incremental = true;
        log.clear();
        mojo().execute();
        assertTrue(log.has("[INFO] Pictor: up to date"), log::text);
    }

    @Test
    void theCommandLineContextIsNotSentWhatTheLogAlreadySays() throws Exception {
        GenerateMojo mojo = mojo();
        set(mojo, "buildContext", new org.sonatype.plexus.build.incremental.DefaultBuildContext());
        assertFalse(mojo.reportsToIde());
        set(mojo, "buildContext", ide);
        assertTrue(mojo.reportsToIde());
    }

    @Test
    void schemasComeFromADependencyJar() throws Exception {
        Path jar = project.resolve("repo/acme-schemas-1.0.jar");
        jar(
                jar,
                Map.of(
                        "pictor/schemas/acme/provider.json",
                        PROVIDER,
                        "pictor/schemas/acme/painter/2025-01-01.json",
                        model("painter", ""),
                        "pictor/schemas/README.md",
                        "not a document",
                        "dev/Other.class",
                        "not a document either"));
        deleteTree(schemas);
        mavenProject.setArtifacts(Set.of(artifact("com.acme", "acme-schemas", "1.0", jar)));
        GenerateMojo mojo = mojo();
        set(mojo, "schemaArtifacts", List.of("com.acme:acme-schemas"));
        mojo.execute();
        assertTrue(log.has("[INFO] Pictor: generated 1 model: "), log::text);
        assertTrue(Files.exists(sources().resolve("com/example/clients/acme/painter/v2025_01_01/PainterRequest.java")));
        Path merged = target.resolve("pictor/default/schemas");
        assertEquals(
                Set.of("acme/provider.json", "acme/painter/2025-01-01.json"),
                files(merged).keySet());

        // A local schemas folder adds its documents; the same path with other bytes is refused, naming both.
        write(schemas.resolve("acme/sketcher/2025-01-01.json"), model("sketcher", ""));
        log.clear();
        mojo.execute();
        assertTrue(log.has("[INFO] Pictor: generated 2 models: "), log::text);
        log.clear();
        mojo.execute();
        assertTrue(log.has("[INFO] Pictor: up to date"), log::text);
        write(schemas.resolve("acme/provider.json"), PROVIDER.replace("Acme Images", "Acme"));
        MojoFailureException conflict = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                conflict.getMessage().contains("acme/provider.json is in both com.acme:acme-schemas:1.0 and "),
                conflict.getMessage());
        Files.delete(schemas.resolve("acme/provider.json"));

        // A finding in a local document is shown on the local document, not on its copy in target/.
        write(
                schemas.resolve("acme/sketcher/2025-01-01.json"),
                model("sketcher", "\"height\": {\"type\": \"integer\", \"minimum\": 4096, \"maximum\": 2048}"));
        ide.messages.clear();
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                ide.messages.stream()
                        .anyMatch(m -> m.text().startsWith("range.min-above-max")
                                && m.file()
                                        .equals(schemas.resolve("acme/sketcher/2025-01-01.json")
                                                .toFile())),
                ide.messages::toString);
    }

    @Test
    void aJarEntryThatLeadsOutOfItsFolderIsRefused() throws Exception {
        Path jar = project.resolve("repo/evil-1.0.jar");
        jar(
                jar,
                new TreeMap<>(Map.of(
                        "pictor/schemas/acme/provider.json", PROVIDER, "pictor/schemas/../../../escaped.json", "{}")));
        mavenProject.setArtifacts(Set.of(artifact("com.evil", "evil", "1.0", jar)));
        GenerateMojo mojo = mojo();
        set(mojo, "schemaArtifacts", List.of("com.evil:evil:1.0"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                e.getMessage().contains("the entry \"pictor/schemas/../../../escaped.json\" leads out of"),
                e.getMessage());
        try (Stream<Path> all = Files.walk(project)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("escaped.json")));
        }
    }

    @Test
    void aSchemaArtifactMustBeAResolvedDependency() throws Exception {
        mavenProject.setArtifacts(Set.of(artifact("com.acme", "acme-schemas", "1.0", project.resolve("none.jar"))));
        GenerateMojo mojo = mojo();
        set(mojo, "schemaArtifacts", List.of("com.acme:other", "com.acme:acme-schemas:2.0", "nonsense"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                e.getMessage().contains("schemaArtifact com.acme:other is not a dependency of this project"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("schemaArtifact com.acme:acme-schemas:2.0: the project depends on"
                                + " another version, 1.0"),
                e.getMessage());
        assertTrue(e.getMessage().contains("schemaArtifact \"nonsense\" is not groupId:artifactId"), e.getMessage());
    }

    @Test
    void skipSkipsTheWorkButKeepsTheGeneratedFoldersInTheBuild() throws MojoExecutionException, MojoFailureException {
        for (String skip : List.of("skip", "skipGenerate")) {
            log.clear();
            mavenProject = new MavenProject();
            GenerateMojo mojo = mojo();
            set(mojo, skip, true);
            mojo.execute();
            String property = skip.equals("skip") ? "pictor.skip" : "pictor.generate.skip";
            assertEquals(List.of("[INFO] Pictor generate: skipping (" + property + " is set)"), log.lines);
            assertFalse(Files.exists(target));
            // What an earlier build generated must still compile: both folders stay in the build.
            assertEquals(List.of(sources().toString()), mavenProject.getCompileSourceRoots());
            assertEquals(
                    List.of(target.resolve("generated-resources/pictor").toString()),
                    mavenProject.getResources().stream()
                            .map(r -> r.getDirectory())
                            .toList());
        }
    }

    static Artifact artifact(String groupId, String artifactId, String version, Path file) {
        DefaultArtifact artifact = new DefaultArtifact(
                groupId, artifactId, version, "provided", "jar", null, new DefaultArtifactHandler("jar"));
        artifact.setFile(file.toFile());
        return artifact;
    }

    static void jar(Path jar, Map<String, String> entries) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static Map<String, FileTime> mtimes(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(folder).entrySet()) {
            times.put(file.getKey(), Files.getLastModifiedTime(file.getValue()));
        }
        return times;
    }

    private static Map<String, Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(
                            p -> folder.relativize(p).toString().replace('\\', '/'),
                            p -> p,
                            (a, b) -> a,
                            TreeMap::new));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
