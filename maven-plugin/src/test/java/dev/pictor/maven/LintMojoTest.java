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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;

/** {@code pictor:lint} with a test double of m2e's build context. */
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
}
