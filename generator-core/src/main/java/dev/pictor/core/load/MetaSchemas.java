package dev.pictor.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The meta-schemas of Pictor's own files (model, provider and lint-config documents), checked on every load. */
public final class MetaSchemas {

    public enum Kind {
        MODEL("model-document.schema.json", "a model document"),
        PROVIDER("provider-document.schema.json", "a provider document"),
        LINT_CONFIG("lint-config.schema.json", "a lint configuration");

        private final String resource;
        private final String what;

        Kind(String resource, String what) {
            this.resource = resource;
            this.what = what;
        }

        public String resource() {
            return resource;
        }
    }

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private MetaSchemas() {}

    /** The meta-schema text, as shipped in this jar (also what schemas/README.md documents). */
    public static JsonNode schemaOf(Kind kind) {
        try (InputStream in = MetaSchemas.class.getResourceAsStream("/dev/pictor/core/meta/" + kind.resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("meta-schema " + kind.resource + " missing from the jar", e);
        }
    }

    private static final java.util.Map<Kind, Schema> COMPILED = new java.util.EnumMap<>(Kind.class);

    /**
     * The compiled meta-schema, shared by every run in the JVM (parallel Maven builds run several at once): compiled
     * and fully initialised under the lock, so that validating with it afterwards changes nothing in it.
     */
    private static synchronized Schema compiled(Kind kind) {
        return COMPILED.computeIfAbsent(kind, k -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://pictor.dev/meta/" + k.resource), schemaOf(k));
            schema.initializeValidators();
            return schema;
        });
    }

    /** Checks a document against its meta-schema; true when it conforms. Each violation is reported at its node. */
    public static boolean check(Kind kind, LocatedObject document, Diagnostics diagnostics) {
        List<Violation> violations = ReferenceValidator.convert(compiled(kind).validate(document.toJackson()));
        for (Violation v : violations) {
            LocatedNode at = document.nearest(v.pointer());
            diagnostics.report(
                    Severity.ERROR,
                    "document.invalid",
                    at,
                    "not " + kind.what + ": " + v.message(),
                    "see schemas/README.md for the document format");
        }
        return violations.isEmpty();
    }
}
