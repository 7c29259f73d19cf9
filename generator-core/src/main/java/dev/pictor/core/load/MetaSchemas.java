package dev.pictor.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.diag.Spelling;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meta-schemas of Pictor's own files (model, provider, lint-config and root-config documents), checked on every
 * load.
 */
public final class MetaSchemas {

    public enum Kind {
        MODEL("model-document.schema.json", "a model document"),
        PROVIDER("provider-document.schema.json", "a provider document"),
        LINT_CONFIG("lint-config.schema.json", "a lint configuration"),
        ROOT_CONFIG("root-config.schema.json", "a schemas-root configuration");

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

    /**
     * Checks a document against its meta-schema. A member the format does not have (a misspelt {@code desciption})
     * is reported at that member, with the member it was probably meant to be; every other violation at its node.
     *
     * @return true when the document can be read: it conforms, or its only faults are members the format does not
     *     have, which reading ignores (so that the document's other findings are still reported)
     */
    public static boolean check(Kind kind, LocatedObject document, Diagnostics diagnostics) {
        boolean readable = true;
        for (Error e : compiled(kind).validate(document.toJackson())) {
            Violation v = ReferenceValidator.convert(List.of(e)).get(0);
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                reportUnknownMember(kind, document, v.pointer(), e, diagnostics);
            } else {
                readable = false;
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        document.nearest(v.pointer()),
                        "not " + kind.what + ": " + v.message(),
                        "see schemas/README.md for the document format");
            }
        }
        return readable;
    }

    private static void reportUnknownMember(
            Kind kind, LocatedObject document, String pointer, Error e, Diagnostics diagnostics) {
        String name = e.getProperty();
        LocatedNode owner = document.nearest(pointer);
        SourceLocation at = owner.asObject()
                .flatMap(o -> o.member(name))
                .map(Member::nameLocation)
                .orElse(owner.location());
        Set<String> known = new TreeSet<>();
        JsonNode declared = schemaOf(kind).at(parentOf(fragment(e))).path("properties");
        declared.fieldNames().forEachRemaining(known::add);
        String hint = Spelling.closest(name, known)
                .map(k -> "did you mean \"" + k + "\"?")
                .orElse("remove it; the members of " + kind.what + " are listed in schemas/README.md");
        String where = pointer.isEmpty() ? kind.what : "#" + pointer + " of " + kind.what;
        diagnostics.add(new Diagnostic(
                Severity.ERROR,
                "document.unknown-member",
                at,
                JsonPointer.append(pointer, name),
                "\"" + name + "\" is not a member of " + where + "; it is ignored",
                hint));
    }

    /** The JSON Pointer, inside the meta-schema, of the keyword that failed. */
    private static String fragment(Error e) {
        String pointer = "";
        NodePath path = e.getSchemaLocation().getFragment();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer = JsonPointer.append(pointer, String.valueOf(path.getElement(i)));
        }
        return pointer;
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
