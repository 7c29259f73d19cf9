package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.link.Docs;
import dev.pictor.core.link.SchemaNode;
import dev.pictor.core.schema.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Javadoc of a schema: its description, then what it accepts (ranges, lengths, values) and its default. */
final class SchemaDocs {

    private SchemaDocs() {}

    /**
     * Escaped Javadoc text for a value of {@code node}; {@code fallback}, Javadoc already (its caller's own words),
     * stands in for a missing description.
     */
    static String of(SchemaNode node, boolean required, String fallback) {
        List<String> parts = new ArrayList<>();
        Docs docs = node.docs();
        String description = docs.description()
                .or(docs::title)
                .filter(d -> !d.isBlank())
                .map(JavadocText::escape)
                .orElse(fallback);
        if (!description.isEmpty()) {
            parts.add(sentence(description));
        }
        List<String> facts = new ArrayList<>();
        if (required) {
            facts.add("Required.");
        }
        range(node.lower(), node.upper(), "").ifPresent(facts::add);
        range(node.minLength().map(SchemaDocs::inclusive), node.maxLength().map(SchemaDocs::inclusive), " characters")
                .ifPresent(facts::add);
        range(node.minItems().map(SchemaDocs::inclusive), node.maxItems().map(SchemaDocs::inclusive), " items")
                .ifPresent(facts::add);
        node.multipleOf().ifPresent(m -> facts.add("A multiple of " + m.toPlainString() + "."));
        node.pattern().ifPresent(p -> facts.add("Matches <code>" + JavadocText.escape(p) + "</code>."));
        node.assertedFormat().ifPresent(f -> facts.add("Format <code>" + f + "</code>, checked."));
        node.enumValues()
                .ifPresent(values -> facts.add(
                        "One of " + values.stream().map(SchemaDocs::json).collect(Collectors.joining(", ")) + "."));
        node.constValue().ifPresent(v -> facts.add("Always " + json(v) + "."));
        docs.defaultValue()
                .ifPresent(v -> facts.add("Default: " + json(v)
                        + " (applied by the provider when the value is not set; never sent by this client)."));
        if (docs.deprecated()) {
            facts.add("Deprecated by the provider.");
        }
        if (!facts.isEmpty()) {
            parts.add(String.join(" ", facts));
        }
        return String.join("\n<p>\n", parts);
    }

    /** {@code text} ending as a sentence does, so that the facts after it read as sentences of their own. */
    private static String sentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;".indexOf(last) >= 0 ? text : text + ".";
    }

    private static Bound inclusive(Long value) {
        return new Bound(BigDecimal.valueOf(value), false);
    }

    private static Optional<String> range(Optional<Bound> lower, Optional<Bound> upper, String unit) {
        if (lower.isEmpty() && upper.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        lower.ifPresent(b ->
                words.add((b.exclusive() ? "above " : "at least ") + b.value().toPlainString()));
        upper.ifPresent(b ->
                words.add((b.exclusive() ? "below " : "at most ") + b.value().toPlainString()));
        String text = String.join(" and ", words) + unit + ".";
        return Optional.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    private static String json(JsonNode value) {
        String text = value.toString();
        return "<code>" + JavadocText.escape(text.length() > 80 ? text.substring(0, 77) + "..." : text) + "</code>";
    }
}
