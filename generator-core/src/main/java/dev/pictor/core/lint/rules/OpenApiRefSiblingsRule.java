package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import java.util.List;

/**
 * Keywords written beside a {@code $ref} in OpenAPI 3.0, whose Reference Object has no siblings: they are ignored,
 * by Pictor as by every OpenAPI 3.0 tool, so Leonardo's {@code deprecated} or a {@code description} there says
 * nothing. {@code nullable} is the exception Pictor honours (see {@code OpenApiNullable}), {@code $defs} is where
 * Pictor keeps the copied components, and {@code x-} extensions are no keywords. Wrapping the {@code $ref} in an
 * {@code allOf} keeps what the author meant.
 */
public final class OpenApiRefSiblingsRule extends OpenApiSchemaRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.ref-siblings", Severity.WARNING, "Keywords beside a $ref in OpenAPI 3.0, which ignores them.");

    /** The rule, stateless. */
    public OpenApiRefSiblingsRule() {
        super(INFO);
    }

    /** Reports the ignored siblings of one schema's {@code $ref}, if it has any, at the schema. */
    @Override
    public void check(LocatedObject schema, OpenApiScope scope, Findings findings) {
        if (scope.dialect() != Dialect.OPENAPI_3_0 || schema.text("$ref").isEmpty()) {
            return;
        }
        List<Member> ignored =
                schema.members().stream().filter(m -> ignored(m.name())).toList();
        if (ignored.isEmpty()) {
            return;
        }
        List<String> names =
                ignored.stream().map(m -> SchemaFacts.quoted(m.name())).toList();
        findings.report(
                schema,
                SchemaFacts.join(names, "and") + (names.size() == 1 ? " is" : " are") + " written beside \"$ref\","
                        + " where OpenAPI 3.0 ignores every keyword (Pictor honours only \"nullable\" there), so "
                        + (names.size() == 1 ? "it has" : "they have") + " no effect",
                scope.hint(
                        "wrap the $ref in an allOf so that " + (names.size() == 1 ? "it applies" : "they apply"),
                        List.of(SuggestedRefinement.set(
                                schema.pointer(), wrapped(schema), "OpenAPI 3.0 ignores keywords beside $ref"))));
    }

    /** Whether a key beside {@code $ref} is a keyword OpenAPI 3.0 ignores there (and Pictor too). */
    private static boolean ignored(String key) {
        return !key.equals("$ref") && !key.equals("nullable") && !key.equals("$defs") && !key.startsWith("x-");
    }

    /** {@code {"allOf": [{"$ref": ...}], <the other members>}}: the same schema, its siblings now applied. */
    private static ObjectNode wrapped(LocatedObject schema) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.set("$ref", schema.get("$ref").orElseThrow().toJackson());
        out.putArray("allOf").add(ref);
        schema.members().stream()
                .filter(m -> !m.name().equals("$ref"))
                .forEach(m -> out.set(m.name(), m.value().toJackson()));
        return out;
    }
}
