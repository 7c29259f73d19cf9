package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.schema.DescriptionProse;
import dev.pictor.core.schema.DescriptionProse.StatedValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A string or number whose description lists the values it takes ("Options are 'General' | 'Character'", "Accepts
 * values [1.0, 1.3, 1.8]", Leonardo's way) while the schema has no {@code enum}: generated code takes any value, and
 * the provider refuses the others. The lists are read by {@link DescriptionProse#listedValues}. A number list in the
 * phrasings {@code description.prose-range} reads ("must be 1 or 2") is that rule's in a model document; in the
 * OpenAPI file, where that rule does not run, it is this one's. A description of a comma-separated list (the values
 * are its items) and a schema whose values a {@code $ref} or a branch may carry are left alone.
 */
public final class OpenApiProseEnumRule extends OpenApiSchemaRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.prose-enum",
            Severity.WARNING,
            "A description lists the values a string or number takes, but the schema has no enum.");

    /** The rule, stateless. */
    public OpenApiProseEnumRule() {
        super(INFO);
    }

    private static final Set<String> CARRIERS = Set.of("enum", "const", "$ref", "allOf", "anyOf", "oneOf", "not");

    /** Reports a schema whose description lists its values when it has no enum, at the schema. */
    @Override
    public void check(LocatedObject schema, OpenApiScope scope, Findings findings) {
        Optional<String> description = SchemaFacts.description(schema);
        Set<String> types = SchemaFacts.types(schema);
        if (description.isEmpty()
                || CARRIERS.stream().anyMatch(schema::has)
                || SchemaFacts.lower(description.get()).contains("comma-separated")) {
            return;
        }
        boolean numeric = SchemaFacts.isNumeric(schema) && !types.contains("string");
        boolean text = types.contains("string") && !SchemaFacts.isNumeric(schema);
        if (!numeric && !text) {
            return;
        }
        if (numeric
                && scope.model().isPresent()
                && !DescriptionProse.bounds(description.get()).values().isEmpty()) {
            return; // description.prose-range reports it
        }
        List<StatedValue> listed = DescriptionProse.listedValues(description.get());
        Optional<ArrayNode> values = numeric ? numbers(listed) : texts(listed);
        if (listed.isEmpty() || values.isEmpty()) {
            return;
        }
        if (types.contains("null")) {
            values.get().addNull(); // the type admits null, and an enum without it would refuse it
        }
        findings.report(
                schema,
                "the description lists the values " + SchemaFacts.join(shown(listed), "and")
                        + " but the schema has no enum, so generated code takes any "
                        + (numeric ? "number" : "string"),
                scope.hint(
                        "add the enum",
                        List.of(SuggestedRefinement.set(
                                JsonPointer.append(schema.pointer(), "enum"),
                                values.get(),
                                "the description lists these values"))));
    }

    /** The listed values as numbers; empty when one of them is no number. */
    private static Optional<ArrayNode> numbers(List<StatedValue> listed) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (StatedValue v : listed) {
            Optional<BigDecimal> n = v.value() instanceof BigDecimal d
                    ? Optional.of(d)
                    : number(v.value().toString());
            if (n.isEmpty()) {
                return Optional.empty();
            }
            out.add(n.get());
        }
        return Optional.of(out);
    }

    /** The listed values as strings, a number as written. */
    private static Optional<ArrayNode> texts(List<StatedValue> listed) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        listed.forEach(v -> out.add(
                v.value() instanceof BigDecimal d
                        ? SchemaFacts.plain(d)
                        : v.value().toString()));
        return Optional.of(out);
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> shown(List<StatedValue> listed) {
        return listed.stream().map(StatedValue::shown).toList();
    }
}
