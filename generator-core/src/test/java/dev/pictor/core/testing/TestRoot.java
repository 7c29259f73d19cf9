package dev.pictor.core.testing;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.LintRule;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A schemas root written to a temporary folder for one test: a provider document plus model documents whose
 * {@code input} and {@code output} the test supplies.
 */
public final class TestRoot {

    public static final String PROVIDER = """
            {"provider": "acme", "name": "Acme", "transport": "cloudflare-workers-ai",
             "baseUrl": "https://api.acme.test/v1/{account_id}",
             "placeholders": {"account_id": {"env": "ACME_ACCOUNT", "description": "the account"}},
             "auth": {"scheme": "bearer", "tokenEnv": "ACME_TOKEN"},
             "vendorKeywords": ["contentType"], "source": "test"}
            """;

    private final Path dir;
    private Dialect dialect = Dialect.DRAFT_2020_12;

    private TestRoot(Path dir) {
        this.dir = dir;
    }

    /** A root with the Acme provider document and nothing else. */
    public static TestRoot create(Path tempDir) {
        return new TestRoot(tempDir).write("acme/provider.json", PROVIDER);
    }

    /** Declares the dialect of the models added from now on (draft 2020-12 until then). */
    public TestRoot dialect(Dialect dialect) {
        this.dialect = dialect;
        return this;
    }

    public TestRoot write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds model {@code acme/<name>} at version 2025-01-01 with the given JSON texts for its parts.
     *
     * @param extra further members, as JSON text without braces (e.g. {@code "refinements": [...]}), or ""
     */
    public TestRoot model(String name, String task, String input, String output, String extra) {
        String doc = "{\n\"provider\": \"acme\",\n\"model\": \"" + name + "\",\n\"version\": \"2025-01-01\",\n"
                + "\"snapshot\": \"2025-01-01\",\n\"task\": \"" + task + "\",\n\"origin\": \"published\",\n"
                + "\"source\": \"test\",\n\"dialect\": \"" + dialect.uri() + "\",\n"
                + "\"input\": " + input + ",\n\"output\": " + output + (extra.isEmpty() ? "" : ",\n" + extra) + "\n}\n";
        return write("acme/" + name + "/2025-01-01.json", doc);
    }

    /** Model with a binary PNG output and the given input schema. */
    public TestRoot model(String name, String input) {
        return model(
                name,
                "text-to-image",
                input,
                "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}",
                "");
    }

    public Path path() {
        return dir;
    }

    /** Lints with only the given rules (loader findings always included). */
    public List<Diagnostic> lint(LintRule... rules) {
        return lintResult(rules).diagnostics();
    }

    public LintResult lintResult(LintRule... rules) {
        try {
            return new Linter(List.of(rules)).lint(dir, List.of());
        } catch (SchemaRootException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one-line text form of every finding, for compact assertions. */
    public List<String> lintText(LintRule... rules) {
        return lint(rules).stream().map(Diagnostic::toText).toList();
    }
}
