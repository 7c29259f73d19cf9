package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * {@code nullable: true} in an OpenAPI 3.1 document (Together writes 38): a 3.0 keyword that 3.1 dropped, so the
 * schema does not admit {@code null}, though its author meant it to. In 3.1 {@code null} is a type:
 * {@code "type": ["string", "null"]}. {@code keyword.unknown} leaves the key to this rule, which says what it was
 * meant to do.
 */
public final class OpenApiNullableRule extends OpenApiSchemaRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.nullable-3-1",
            Severity.WARNING,
            "An OpenAPI 3.1 schema says nullable, a 3.0 keyword that 3.1 ignores, so it does not admit null.");

    /** The rule, stateless. */
    public OpenApiNullableRule() {
        super(INFO);
    }

    /** Whether this rule, not {@code keyword.unknown}, speaks of {@code key} in {@code dialect}. */
    static boolean covers(Dialect dialect, String key) {
        return dialect == Dialect.OPENAPI_3_1 && key.equals("nullable");
    }

    /** Reports a schema's {@code nullable: true} in OpenAPI 3.1, at the keyword. */
    @Override
    public void check(LocatedObject schema, OpenApiScope scope, Findings findings) {
        if (scope.dialect() != Dialect.OPENAPI_3_1
                || !(schema.get("nullable").orElse(null) instanceof LocatedBoolean nullable)
                || !nullable.value()) {
            return;
        }
        if (admitsNull(schema)) {
            findings.report(
                    nullable,
                    "\"nullable\" is an OpenAPI 3.0 keyword that OpenAPI 3.1 does not have; the type admits null"
                            + " already, so it only misleads",
                    scope.hint(
                            "remove it",
                            List.of(SuggestedRefinement.remove(
                                    nullable.pointer(), "OpenAPI 3.1 has no nullable: null is a type"))));
            return;
        }
        findings.report(
                nullable,
                "\"nullable\" is an OpenAPI 3.0 keyword that OpenAPI 3.1 does not have, so this schema does not"
                        + " admit null: generated code and validators refuse it",
                scope.hint("say null the OpenAPI 3.1 way", refinements(schema)));
    }

    /** Whether the schema admits null without {@code nullable}: a {@code type} with null, no value list without it. */
    private static boolean admitsNull(LocatedObject schema) {
        boolean typed = schema.array("type")
                .map(a -> a.items().stream()
                        .anyMatch(t -> t.asText().filter("null"::equals).isPresent()))
                .orElse(false);
        boolean listed = schema.array("enum")
                .map(a -> a.items().stream().anyMatch(v -> v.toJackson().isNull()))
                .orElse(!schema.has("const"));
        return typed && listed;
    }

    /**
     * {@code null} added to a {@code type} (and to an {@code enum}, which would refuse it otherwise) and
     * {@code nullable} removed; for a schema with no {@code type} of its own, an {@code anyOf} with a null branch.
     */
    private static List<SuggestedRefinement> refinements(LocatedObject schema) {
        String why = "OpenAPI 3.1 has no nullable: null is a type";
        String removed = JsonPointer.append(schema.pointer(), "nullable");
        Optional<ArrayNode> types = withNull(schema.get("type"), true);
        if (types.isEmpty() || schema.has("const")) {
            ObjectNode rest = schema.toJackson();
            rest.remove("nullable");
            ObjectNode anyOf = JsonNodeFactory.instance.objectNode();
            anyOf.putArray("anyOf")
                    .add(JsonNodeFactory.instance.objectNode().put("type", "null"))
                    .add(rest);
            return List.of(SuggestedRefinement.set(schema.pointer(), anyOf, why));
        }
        SuggestedRefinement type =
                SuggestedRefinement.set(JsonPointer.append(schema.pointer(), "type"), types.get(), why);
        Optional<ArrayNode> values = withNull(schema.get("enum"), false);
        return values.map(v -> List.of(
                        type,
                        SuggestedRefinement.set(JsonPointer.append(schema.pointer(), "enum"), v, why),
                        SuggestedRefinement.remove(removed, why)))
                .orElse(List.of(type, SuggestedRefinement.remove(removed, why)));
    }

    /**
     * {@code type} (a name or an array of names) or {@code enum} with {@code null} added; empty when the keyword is
     * absent or not of that form.
     */
    private static Optional<ArrayNode> withNull(Optional<LocatedNode> keyword, boolean asTypeName) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (keyword.isPresent() && keyword.get() instanceof LocatedString name && asTypeName) {
            out.add(name.value());
        } else if (keyword.isPresent() && keyword.get() instanceof LocatedArray items) {
            items.items().forEach(i -> out.add(i.toJackson()));
        } else {
            return Optional.empty();
        }
        boolean hasNull = false;
        for (JsonNode item : out) {
            hasNull |= asTypeName ? item.isTextual() && item.asText().equals("null") : item.isNull();
        }
        if (!hasNull) {
            if (asTypeName) {
                out.add("null");
            } else {
                out.addNull();
            }
        }
        return Optional.of(out);
    }
}
