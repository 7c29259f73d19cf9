package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two versions of model {@code acme/m} in a temporary schemas root: {@code 2025-01-01.json} (snapshot 2025-01-01) and
 * {@code 2025-02-01.json} (snapshot 2025-02-01), whose input, output and further members a test supplies.
 */
final class CompatFixture {

    static final String OLD = "acme/m/2025-01-01.json";
    static final String NEW = "acme/m/2025-02-01.json";
    static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";

    private final Path dir;

    private CompatFixture(Path dir) {
        this.dir = dir;
        TestRoot.create(dir);
    }

    static CompatFixture in(Path dir) {
        return new CompatFixture(dir);
    }

    /** Writes one version of {@code acme/<model>}: the version is its snapshot date. */
    CompatFixture version(String model, String version, String input, String output, String extra) {
        return version(model, version, Dialect.DRAFT_2020_12, input, output, extra);
    }

    /** Writes one version of {@code acme/<model>} in the given dialect. */
    CompatFixture version(String model, String version, Dialect dialect, String input, String output, String extra) {
        String doc = "{\n\"provider\": \"acme\",\n\"model\": \"" + model + "\",\n\"version\": \"" + version + "\",\n"
                + "\"snapshot\": \"" + version + "\",\n\"task\": \"text-to-image\",\n\"origin\": \"published\",\n"
                + "\"source\": \"test\",\n\"dialect\": \"" + dialect.uri() + "\",\n"
                + "\"input\": " + input + ",\n\"output\": " + output + (extra.isEmpty() ? "" : ",\n" + extra) + "\n}\n";
        return write("acme/" + model + "/" + version + ".json", doc);
    }

    CompatFixture write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Versions 2025-01-01 and 2025-02-01 of {@code acme/m} with the given inputs and a PNG output. */
    CompatFixture inputs(String older, String newer) {
        return version("m", "2025-01-01", older, PNG, "").version("m", "2025-02-01", newer, PNG, "");
    }

    /** Versions of {@code acme/m} with the same input and the given outputs. */
    CompatFixture outputs(String older, String newer) {
        String input = "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}";
        return version("m", "2025-01-01", input, older, "").version("m", "2025-02-01", input, newer, "");
    }

    Path path() {
        return dir;
    }

    CompatResult run() {
        try {
            return CompatRun.root(dir);
        } catch (SchemaRootException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each finding as {@code SEVERITY code pointer}, sorted as the report sorts them. */
    List<String> summary() {
        return run().diagnostics().stream()
                .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                .toList();
    }

    List<Diagnostic> diagnostics() {
        return run().diagnostics();
    }
}
