package dev.pictor.cli;

import dev.pictor.core.testing.FileTrees;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A schemas root in a temporary folder, in the shape of the core's test root: an {@code acme/provider.json} and model
 * documents {@code acme/<name>/2025-01-01.json} whose input schema the test supplies.
 */
final class SchemasFixture {

    static final String PROVIDER = """
            {"provider": "acme", "name": "Acme", "transport": "cloudflare-workers-ai",
             "baseUrl": "https://api.acme.test/v1/{account_id}",
             "placeholders": {"account_id": {"env": "ACME_ACCOUNT", "description": "the account"}},
             "auth": {"scheme": "bearer", "tokenEnv": "ACME_TOKEN"},
             "vendorKeywords": ["contentType"], "source": "test"}
            """;

    /** A provider whose declared placeholder the base URL does not use: one WARNING. */
    static final String PROVIDER_WITH_UNUSED_PLACEHOLDER =
            PROVIDER.replace("https://api.acme.test/v1/{account_id}", "https://api.acme.test/v1");

    private final Path dir;

    private SchemasFixture(Path dir) {
        this.dir = dir;
    }

    /** A root with the Acme provider document only. */
    static SchemasFixture create(Path dir) {
        return new SchemasFixture(dir).write("acme/provider.json", PROVIDER);
    }

    /** A root with the provider and one model that has no finding. */
    static SchemasFixture clean(Path dir) {
        return create(dir).model("m", """
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 2}}}""");
    }

    /** A root whose model has an ERROR: range.min-above-max at acme/m/2025-01-01.json:11:13. */
    static SchemasFixture withError(Path dir) {
        return create(dir).model("m", """
                {"type": "object", "properties": {
                  "height": {"type": "integer", "minimum": 4096, "maximum": 2048}
                }}""");
    }

    SchemasFixture write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds model {@code acme/<name>} at version 2025-01-01 with a binary PNG output and the given input schema. */
    SchemasFixture model(String name, String input) {
        String doc = "{\n\"provider\": \"acme\",\n\"model\": \"" + name + "\",\n\"version\": \"2025-01-01\",\n"
                + "\"snapshot\": \"2025-01-01\",\n\"task\": \"text-to-image\",\n\"origin\": \"published\",\n"
                + "\"source\": \"test\",\n\"dialect\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + "\"input\": " + input + ",\n"
                + "\"output\": {\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}\n}\n";
        return write("acme/" + name + "/2025-01-01.json", doc);
    }

    /** Writes a file of about {@code bytes} bytes of well-formed JSON, streamed, never held in memory. */
    SchemasFixture large(String relative, long bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                out.write("{\"a\": \"".getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[1 << 16];
                java.util.Arrays.fill(chunk, (byte) 'x');
                for (long written = 0; written < bytes; written += chunk.length) {
                    out.write(chunk);
                }
                out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return dir;
    }

    String arg() {
        return dir.toString();
    }

    /** Every file under the root with its SHA-256 and modification time: equal snapshots mean nothing changed. */
    Map<String, String> snapshot() {
        return snapshot(dir);
    }

    static Map<String, String> snapshot(Path root) {
        return FileTrees.snapshot(root);
    }
}
