package dev.pictor.maven;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Builds mojos as Maven would (fields set by name), and a tiny project layout with schemas, for plain JUnit tests. */
final class MojoHarness {

    private MojoHarness() {}

    /** Sets a field of the mojo or of one of its superclasses, as Maven's configurator does. */
    static void set(Object mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no field " + name + " in " + mojo.getClass());
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code acme/provider.json}. */
    static final String PROVIDER = """
            {
              "provider": "acme",
              "name": "Acme Images",
              "transport": "cloudflare-workers-ai",
              "baseUrl": "https://api.acme.test/v1/{account_id}",
              "placeholders": {
                "account_id": {"env": "ACME_ACCOUNT", "description": "the account the model runs in"}
              },
              "auth": {"scheme": "bearer", "tokenEnv": "ACME_TOKEN"},
              "vendorKeywords": ["contentType"],
              "source": "test of the Pictor Maven plugin"
            }
            """;

    /** A model document of {@code acme}, with its model name and one extra property (JSON text, may be empty). */
    static String model(String model, String extraProperty) {
        return """
                {
                  "provider": "acme",
                  "model": "%s",
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
                      "steps": {"type": "integer", "minimum": 1, "maximum": 8, "description": "Diffusion steps."}%s
                    },
                    "required": ["prompt"]
                  },
                  "output": {"type": "string", "contentType": "image/png", "format": "binary"}
                }
                """.formatted(model, extraProperty.isEmpty() ? "" : ",\n      " + extraProperty);
    }

    /** A log that keeps what it is given (and prints nothing). */
    static final class RecordingLog extends SystemStreamLog {

        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(CharSequence content) {
            lines.add("[DEBUG] " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        String text() {
            return String.join("\n", lines);
        }

        boolean has(String prefix) {
            return lines.stream().anyMatch(l -> l.startsWith(prefix));
        }

        void clear() {
            lines.clear();
        }
    }
}
