package dev.pictor.maven;

import static dev.pictor.maven.MojoHarness.PROVIDER;
import static dev.pictor.maven.MojoHarness.model;
import static dev.pictor.maven.MojoHarness.set;
import static dev.pictor.maven.MojoHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * {@code pictor:lint}: its skips, its fingerprint, its log (each finding once per build, NOTEs on request), and its
 * findings in a test double of m2e's build context.
 */
class LintMojoTest {

    @TempDir
    Path project;

    @Test
    void findingsReachTheBuildContextWithFileLineAndColumn() throws Exception {
        Path schemas = project.resolve("src/main/pictor");
        write(schemas.resolve("acme/provider.json"), PROVIDER);
        write(
                schemas.resolve("acme/painter/2025-01-01.json"),
                model("painter", "\"height\": {\"type\": \"integer\", \"minimum\": 4096, \"maximum\": 2048}"));
        RecordingBuildContext ide = new RecordingBuildContext();
        LintMojo mojo = new LintMojo();
        set(mojo, "schemasDirectory", schemas.toFile());
        set(mojo, "sarifFile", project.resolve("target/pictor/lint.sarif").toFile());
        set(mojo, "buildDirectory", project.resolve("target").toFile());
        set(mojo, "buildContext", ide);
        mojo.setLog(new MojoHarness.RecordingLog());

        assertThrows(MojoFailureException.class, mojo::execute);
        File painter = schemas.resolve("acme/painter/2025-01-01.json").toFile();
        assertTrue(
                ide.messages.contains(new RecordingBuildContext.Message(
                        painter,
                        15,
                        17,
                        "range.min-above-max #/input/properties/height: minimum 4096 > maximum 2048: no value is valid"
                                + " (hint: swap or correct the bounds)",
                        BuildContext.SEVERITY_ERROR)),
                ide.messages::toString);
        assertEquals(List.of(painter, schemas.resolve("acme/provider.json").toFile()), ide.removed.subList(0, 2));
    }

    @Test
    void eachGoalHasItsOwnSkipAndSaysWhichSkipSkippedIt() throws Exception {
        Path schemas = project.resolve("src/main/pictor");
        write(schemas.resolve("acme/provider.json"), PROVIDER);
        // A broken schema: a goal that ran would fail the build.
        write(
                schemas.resolve("acme/painter/2025-01-01.json"),
                model("painter", "\"height\": {\"type\": \"integer\", \"minimum\": 4096, \"maximum\": 2048}"));
        Path target = project.resolve("target");
        Map<AbstractPictorMojo, String> skips = new LinkedHashMap<>();
        skips.put(new LintMojo(), "skipLint");
        skips.put(new CheckCompatMojo(), "skipCheckCompat");
        for (Map.Entry<AbstractPictorMojo, String> goal : skips.entrySet()) {
            for (boolean global : List.of(false, true)) {
                AbstractPictorMojo mojo = goal.getKey();
                MojoHarness.RecordingLog log = new MojoHarness.RecordingLog();
                mojo.setLog(log);
                set(mojo, "schemasDirectory", schemas.toFile());
                set(mojo, "sarifFile", target.resolve("pictor/out.sarif").toFile());
                set(mojo, goal.getValue(), true);
                set(mojo, "skip", global);
                mojo.execute();
                String by = global ? "pictor.skip" : mojo.goalSkipProperty();
                assertEquals(List.of("[INFO] Pictor " + mojo.goal() + ": skipping (" + by + " is set)"), log.lines);
            }
        }
        assertEquals("pictor.lint.skip", new LintMojo().goalSkipProperty());
        assertEquals("pictor.checkCompat.skip", new CheckCompatMojo().goalSkipProperty());
        assertFalse(Files.exists(target));
    }

    /** A provider with an unused placeholder (a WARNING) and a model whose prose range a refinement states (a NOTE). */
    private Path warningAndNote() throws IOException {
        Path schemas = project.resolve("src/main/pictor");
        write(schemas.resolve("acme/provider.json"), PROVIDER.replace("\"placeholders\": {", """
                "placeholders": {
                    "region": {"env": "ACME_REGION", "description": "the region, for the next API version"},"""));
        write(
                schemas.resolve("acme/painter/2025-01-01.json"),
                model("painter", "\"strength\": {\"type\": \"number\", \"description\": \"A value between 0 and 1.\"}")
                        .replace("\n}\n", """
                                ,
                                  "refinements": [
                                    {"path": "/input/properties/strength/minimum", "value": 0, "why": "its description"},
                                    {"path": "/input/properties/strength/maximum", "value": 1, "why": "its description"}
                                  ]
                                }
                                """));
        return schemas;
    }

    private LintMojo lint(Path schemas, MojoHarness.RecordingLog log, MavenProject build) {
        LintMojo mojo = new LintMojo();
        set(mojo, "schemasDirectory", schemas.toFile());
        set(mojo, "sarifFile", project.resolve("target/pictor/lint.sarif").toFile());
        set(mojo, "buildDirectory", project.resolve("target").toFile());
        set(mojo, "project", build);
        mojo.setLog(log);
        return mojo;
    }

    /** The start of the WARNING's line: the absolute path of its file, joined from the schemas directory. */
    private String warning() {
        return "[WARNING] "
                + project.resolve("src/main/pictor/acme/provider.json").toFile().getAbsolutePath() + ":";
    }

    /** The NOTE's line from its absolute path on, without the log level. */
    private String note() {
        return project.resolve("src/main/pictor/acme/painter/2025-01-01.json")
                        .toFile()
                        .getAbsolutePath() + ":";
    }

    @Test
    void notesAreCountedAndListedOnlyWithShowNotes() throws Exception {
        Path schemas = warningAndNote();
        MojoHarness.RecordingLog log = new MojoHarness.RecordingLog();
        lint(schemas, log, new MavenProject()).execute();
        assertTrue(log.has(warning()), log::text);
        String line = log.lines.stream()
                .filter(l -> l.startsWith(warning()))
                .findFirst()
                .orElseThrow();
        assertTrue(
                line.matches(
                        "\\[WARNING] " + java.util.regex.Pattern.quote(warning().substring(10))
                                + "\\d+:\\d+: warning: provider\\.placeholder-unused: #/placeholders/region: .*"),
                line);
        assertFalse(log.has("[INFO] " + note()), log::text);
        assertTrue(log.has("[DEBUG] " + note()), log::text);
        assertTrue(
                log.has("[INFO] Pictor lint: 1 model, 1 provider: 0 errors, 1 warning, 1 note (schemas in " + schemas
                        + "; notes listed with -Dpictor.showNotes)"),
                log::text);

        log.clear();
        LintMojo verbose = lint(schemas, log, new MavenProject());
        set(verbose, "showNotes", true);
        verbose.execute(); // not up to date: a build that asks for the notes lists them
        assertTrue(log.has(warning()), log::text);
        assertTrue(log.has("[INFO] " + note()), log::text);
        assertTrue(
                log.has("[INFO] Pictor lint: 1 model, 1 provider: 0 errors, 1 warning, 1 note (schemas in " + schemas
                        + ")"),
                log::text);
    }

    @Test
    void aNoChangeRebuildIsUpToDateAndLogsNoFindingAgain() throws Exception {
        Path schemas = warningAndNote();
        Path sarif = project.resolve("target/pictor/lint.sarif");
        MojoHarness.RecordingLog log = new MojoHarness.RecordingLog();
        lint(schemas, log, new MavenProject()).execute();
        assertTrue(log.has(warning()), log::text);
        assertTrue(Files.isRegularFile(project.resolve("target/pictor/default/lint.fingerprint")));
        FileTime written = Files.getLastModifiedTime(sarif);

        log.clear();
        lint(schemas, log, new MavenProject()).execute();
        assertEquals(1, log.lines.stream().filter(l -> !l.startsWith("[DEBUG]")).count(), log::text);
        assertTrue(
                log.lines.stream()
                        .anyMatch(
                                l -> l.matches(
                                        "\\[INFO] Pictor lint: up to date \\(fingerprint [0-9a-f]{12}\\) in \\d+"
                                                + " ms: 1 model, 1 provider: 0 errors, 1 warning, 1 note; the findings are in .*lint\\.sarif")),
                log::text);
        assertEquals(written, Files.getLastModifiedTime(sarif));

        // A changed document, a removed report or another configuration lints again.
        write(schemas.resolve("acme/provider.json"), Files.readString(schemas.resolve("acme/provider.json")) + "\n");
        log.clear();
        lint(schemas, log, new MavenProject()).execute();
        assertTrue(log.has(warning()), log::text);
        Files.delete(sarif);
        log.clear();
        lint(schemas, log, new MavenProject()).execute();
        assertTrue(log.has(warning()), log::text);
        assertTrue(Files.isRegularFile(sarif));
        log.clear();
        LintMojo strict = lint(schemas, log, new MavenProject());
        set(strict, "failOnWarning", true);
        assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(log.has(warning()), log::text);
        // ... and a failed run records nothing: the next build fails again, with its findings.
        log.clear();
        LintMojo again = lint(schemas, log, new MavenProject());
        set(again, "failOnWarning", true);
        assertThrows(MojoFailureException.class, again::execute);
        assertTrue(log.has(warning()), log::text);
    }

    @Test
    void generateDoesNotLogAgainWhatLintLoggedInTheSameBuild() throws Exception {
        Path schemas = warningAndNote();
        Path target = project.resolve("target");
        MojoHarness.RecordingLog log = new MojoHarness.RecordingLog();
        MavenProject build = new MavenProject();
        lint(schemas, log, build).execute();
        GenerateMojo generate = generate(schemas, target, log, build);
        set(generate, "showNotes", true);
        generate.execute();
        assertTrue(log.has("[INFO] Pictor: generated 1 model: "), log::text);
        assertEquals(1, log.lines.stream().filter(l -> l.startsWith(warning())).count(), log::text);
        // The NOTE, logged at debug level by lint, is not listed by generate either: once per build, at one level.
        assertEquals(1, log.lines.stream().filter(l -> l.contains(note())).count(), log::text);

        // Another build, in which lint is up to date and logs nothing, while generate runs: generate logs them.
        deleteTree(target.resolve("generated-sources"));
        log.clear();
        build = new MavenProject();
        lint(schemas, log, build).execute();
        generate(schemas, target, log, build).execute();
        assertTrue(log.has("[INFO] Pictor lint: up to date "), log::text);
        assertEquals(1, log.lines.stream().filter(l -> l.startsWith(warning())).count(), log::text);
    }

    private static GenerateMojo generate(Path schemas, Path target, MojoHarness.RecordingLog log, MavenProject build) {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "schemasDirectory", schemas.toFile());
        set(mojo, "outputDirectory", target.resolve("generated-sources/pictor").toFile());
        set(
                mojo,
                "resourcesDirectory",
                target.resolve("generated-resources/pictor").toFile());
        set(mojo, "basePackage", "com.example.clients");
        set(mojo, "project", build);
        set(mojo, "buildDirectory", target.toFile());
        mojo.setLog(log);
        return mojo;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
