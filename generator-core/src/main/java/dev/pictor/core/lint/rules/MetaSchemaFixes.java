package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaTypes;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The refinement that makes a schema valid against its dialect's meta-schema, for the mistakes published schemas
 * commonly make: an empty {@code anyOf} (or other empty array keyword), {@code required} (or another keyword) written
 * inside {@code properties}, a keyword's value of the wrong type ({@code "minimum": "1"}), a property's schema written
 * as its type name ({@code "prompt": "string"}), OpenAPI 3.0's {@code type} written as an array with {@code "null"}. A fix is offered only when the meta-schema accepts the schema with it at
 * that place and it brings in no violation of its own; anything else gets a hint that names the path to refine.
 */
final class MetaSchemaFixes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * A change to the schema, with pointers relative to the schema part.
     *
     * @param change what the hint tells the user to do, a phrase that starts with a verb
     */
    private record Candidate(String change, List<Edit> edits) {}

    /**
     * One step of a change: set {@code value} at {@code pointer} (relative to the schema part), or remove what is there.
     */
    private record Edit(String pointer, Optional<JsonNode> value, String why) {}

    private final ModelDocument model;
    private final SchemaPart part;
    private final ReferenceValidator validator;
    private final JsonNode schema;
    private final Set<String> violations;
    private final Set<String> pointers;

    /**
     * Fixes for one schema part.
     *
     * @param violations every violation the meta-schema reports on the part as it is
     */
    MetaSchemaFixes(ModelDocument model, SchemaPart part, ReferenceValidator validator, List<Violation> violations) {
        this.model = model;
        this.part = part;
        this.validator = validator;
        this.schema = part.schema().toJackson();
        this.violations = violations.stream().map(MetaSchemaFixes::key).collect(Collectors.toSet());
        this.pointers = violations.stream().map(Violation::pointer).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The hint for the violations at {@code pointer} (relative to the part): the refinement that fixes them where one
     * is known; where the fix of a violation below them clears them too (OpenAPI 3.0's "a Schema or a Reference"
     * fails with any fault inside the schema), that fix's place; else the path a refinement would target.
     */
    String hint(String pointer) {
        for (Candidate candidate : candidates(pointer)) {
            if (clears(candidate, pointer)) {
                List<SuggestedRefinement> refinements = candidate.edits().stream()
                        .map(e -> new SuggestedRefinement(path(e.pointer()), e.value(), e.why()))
                        .toList();
                return SchemaEdit.hint(model, candidate.change(), refinements);
            }
        }
        for (String below : pointers) {
            if (!below.equals(pointer) && JsonPointer.isAtOrBelow(below, pointer)) {
                for (Candidate candidate : candidates(below)) {
                    if (clears(candidate, pointer)) {
                        return "the fix offered for " + path(below) + " clears this too";
                    }
                }
            }
        }
        return SchemaEdit.hint(model, "correct " + path(pointer));
    }

    /** The changes that may fix the node at {@code pointer}, the most specific first. */
    private List<Candidate> candidates(String pointer) {
        List<String> tokens = JsonPointer.tokens(pointer);
        JsonNode node = schema.at(pointer);
        if (tokens.isEmpty() || node.isMissingNode()) {
            return List.of();
        }
        String key = tokens.get(tokens.size() - 1);
        List<Candidate> out = new ArrayList<>();
        if (tokens.size() >= 2 && tokens.get(tokens.size() - 2).equals("properties") && isKeywordValue(key, node)) {
            out.add(keywordOutOfProperties(pointer, key, node));
        }
        if (tokens.size() >= 2 && tokens.get(tokens.size() - 2).equals("properties") && isTypeName(node)) {
            out.add(new Candidate(
                    "write " + path(pointer) + " as the schema {\"type\": " + node + "}",
                    List.of(new Edit(
                            pointer,
                            Optional.of(JSON.objectNode().set("type", node)),
                            "The published schema of property \"" + key + "\" is the type name " + node + " alone; "
                                    + dialect() + " writes it as a schema with that type."))));
        }
        if (node.isArray() && node.isEmpty()) {
            out.add(new Candidate(
                    "remove " + path(pointer),
                    List.of(new Edit(
                            pointer,
                            Optional.empty(),
                            "The published " + key + " is an empty array, which is not valid " + dialect()
                                    + "; without it the value is constrained by the rest of its schema."))));
        }
        if (key.equals("type") && model.dialect() == Dialect.OPENAPI_3_0) {
            nullableType(pointer, node).ifPresent(out::add);
        }
        for (JsonNode value : convertedValues(node)) {
            out.add(new Candidate(
                    "write " + path(pointer) + " as " + value,
                    List.of(new Edit(
                            pointer,
                            Optional.of(value),
                            "The published schema has " + described(node) + " at " + path(pointer) + "; " + dialect()
                                    + " needs " + SchemaTypes.withArticle(jsonType(value)) + " there."))));
        }
        return out;
    }

    /**
     * A keyword's value written as a member of {@code properties} (pydantic's and Cog's {@code required}): it is moved
     * beside {@code properties}, its names merged into a {@code required} already there.
     */
    private Candidate keywordOutOfProperties(String pointer, String key, JsonNode node) {
        String target = JsonPointer.append(parent(parent(pointer)), key);
        JsonNode existing = schema.at(target);
        String why = "\"" + key + "\" is written inside properties, where it declares a property whose schema is "
                + SchemaTypes.withArticle(jsonType(node)) + ", which is not valid " + dialect()
                + "; it is a keyword of the schema that holds properties.";
        Edit removal = new Edit(pointer, Optional.empty(), why);
        Optional<JsonNode> moved = existing.isMissingNode() ? Optional.of(node) : merged(key, existing, node);
        if (moved.isEmpty() || moved.get().equals(existing)) {
            return new Candidate("remove " + path(pointer), List.of(removal));
        }
        return new Candidate(
                "move " + path(pointer) + " to " + path(target), List.of(removal, new Edit(target, moved, why)));
    }

    /** {@code required}'s names from both places, in order, each once; empty for any other keyword. */
    private static Optional<JsonNode> merged(String key, JsonNode existing, JsonNode node) {
        if (!key.equals("required") || !existing.isArray() || !node.isArray()) {
            return Optional.empty();
        }
        Set<JsonNode> names = new LinkedHashSet<>();
        existing.forEach(names::add);
        node.forEach(names::add);
        ArrayNode out = JSON.arrayNode();
        names.forEach(out::add);
        return Optional.of(out);
    }

    /** OpenAPI 3.0 has no type arrays: {@code ["integer", "null"]} is {@code "integer"} with {@code nullable}. */
    private Optional<Candidate> nullableType(String pointer, JsonNode node) {
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        node.forEach(t -> types.add(t.asText()));
        if (!types.remove("null") || types.size() != 1) {
            return Optional.empty();
        }
        String why = "OpenAPI 3.0 has no type arrays: it writes " + node + " as type \"" + types.get(0)
                + "\" with nullable true.";
        List<Edit> edits = new ArrayList<>(List.of(new Edit(pointer, Optional.of(JSON.textNode(types.get(0))), why)));
        String nullable = JsonPointer.append(parent(pointer), "nullable");
        if (!schema.at(nullable).equals(JSON.booleanNode(true))) {
            edits.add(new Edit(nullable, Optional.of(JSON.booleanNode(true)), why));
        }
        return Optional.of(new Candidate(
                "write " + path(pointer) + " as \"" + types.get(0) + "\" with nullable true", List.copyOf(edits)));
    }

    /** The values a scalar of the wrong type was probably meant to be: a number or boolean in a string, a list. */
    private static List<JsonNode> convertedValues(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isTextual()) {
            String text = node.asText().trim();
            if (text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                BigDecimal number = new BigDecimal(text);
                out.add(
                        text.matches("-?[0-9]+")
                                ? JSON.numberNode(number.toBigIntegerExact())
                                : JSON.numberNode(number));
            }
            if (text.equals("true") || text.equals("false")) {
                out.add(JSON.booleanNode(Boolean.parseBoolean(text)));
            }
        }
        if (node.isValueNode()) {
            out.add(JSON.arrayNode().add(node));
        }
        return out;
    }

    /**
     * Whether the candidate, applied to a copy of the schema, leaves no violation at {@code pointer} or at the places
     * it edits, and none the schema did not already have.
     */
    private boolean clears(Candidate candidate, String pointer) {
        JsonNode copy = schema.deepCopy();
        for (Edit edit : candidate.edits()) {
            if (!apply(copy, edit)) {
                return false;
            }
        }
        for (Violation v : validator.validateSchema(copy, model.dialect())) {
            boolean touched = JsonPointer.isAtOrBelow(v.pointer(), pointer)
                    || candidate.edits().stream().anyMatch(e -> JsonPointer.isAtOrBelow(v.pointer(), e.pointer()));
            if (touched || !violations.contains(key(v))) {
                return false;
            }
        }
        return true;
    }

    /** Applies one edit to a tree; false when its parent is not there. */
    private static boolean apply(JsonNode root, Edit edit) {
        JsonNode parent = root.at(parent(edit.pointer()));
        List<String> tokens = JsonPointer.tokens(edit.pointer());
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object) {
            edit.value().ifPresentOrElse(v -> object.set(last, v), () -> object.remove(last));
            return true;
        }
        if (parent instanceof ArrayNode array && last.matches("0|[1-9][0-9]{0,8}")) {
            int index = Integer.parseInt(last);
            if (index >= array.size()) {
                return false;
            }
            edit.value().ifPresentOrElse(v -> array.set(index, v), () -> array.remove(index));
            return true;
        }
        return false;
    }

    /** Whether a value is one of JSON Schema's type names, as a property's whole schema written as its type. */
    private static boolean isTypeName(JsonNode node) {
        return node.isTextual() && SchemaValidityRule.TYPE_NAMES.contains(node.asText());
    }

    /** Whether a member of {@code properties} is a keyword's value rather than a property's schema. */
    private boolean isKeywordValue(String key, JsonNode node) {
        return !node.isObject()
                && !node.isBoolean()
                && Keywords.of(model.dialect()).contains(key);
    }

    /** The pointer, in the model document, of a pointer relative to the part. */
    private String path(String pointer) {
        return part.schema().pointer() + pointer;
    }

    private String dialect() {
        return Keywords.dialectName(model.dialect());
    }

    private static String described(JsonNode node) {
        return node.isNull() ? "null" : SchemaTypes.withArticle(jsonType(node)) + " " + node;
    }

    private static String jsonType(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String key(Violation v) {
        return v.pointer() + " " + v.message();
    }
}
