package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pictor.runtime.validation.Pointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a generated sealed interface whose implementations are the alternatives of a {@code oneOf}, an
 * {@code anyOf} or a {@code type} list, as its {@link Alternatives} annotation lists them. The JSON value is read
 * once, as a tree; its JSON type (object, array, string, number, boolean) narrows the alternatives to those of that
 * {@link Alternatives.Kind} (one, for any kind but object). An object of an interface with a
 * {@link Alternatives#discriminator() discriminator} is the alternative its discriminator member names. Otherwise
 * each remaining alternative is tried in the schema's order. An alternative matches when the value has every member
 * the alternative requires, none that only another alternative declares, holds the alternative's string in each of its tag members, and binds to its record with
 * the runtime's configuration ({@link PictorJson}: no coercion, and a record of a closed schema refuses members it
 * does not declare), whichever mapper the surrounding value is read with; an alternative that is not an object is a
 * record around one value, bound from the bare value ({@link WrapperDeserializer}).
 * <ul>
 *   <li>{@link Alternatives.Rule#ANY_OF}: the first alternative that matches holds the value;</li>
 *   <li>{@link Alternatives.Rule#ONE_OF}: exactly one alternative must match.</li>
 * </ul>
 * Anything else fails with a {@link MismatchedInputException} naming the interface and how many alternatives matched:
 * which ones, or why each did not. Matching decides the Java type only; the generated validator still checks the value
 * against the whole schema.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = AlternativesDeserializer.class)} and {@code @Alternatives} on
 * the interface; {@code @JsonDeserialize(using = JsonDeserializer.None.class)} on each object alternative's record,
 * which would otherwise inherit the interface's deserializer (Jackson applies class annotations of interfaces to
 * their implementations), and {@code @JsonDeserialize(using = WrapperDeserializer.class)} on each record around one
 * value. Writing needs nothing: each record writes itself.
 */
public final class AlternativesDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> type;
    private final Alternatives alternatives;

    /** The form Jackson instantiates; {@link #createContextual} makes the working one per interface. */
    public AlternativesDeserializer() {
        this.type = null;
        this.alternatives = null;
    }

    private AlternativesDeserializer(Class<?> type, Alternatives alternatives) {
        this.type = type;
        this.alternatives = alternatives;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType contextual = ctxt.getContextualType();
        Class<?> raw = contextual == null ? null : contextual.getRawClass();
        Alternatives found = raw == null ? null : raw.getAnnotation(Alternatives.class);
        if (found == null || found.value().length == 0) {
            throw JsonMappingException.from(
                    ctxt,
                    "AlternativesDeserializer is for interfaces annotated with" + " @Alternatives only, not "
                            + contextual);
        }
        for (Alternatives.Alternative a : found.value()) {
            if (!raw.isAssignableFrom(a.type()) || a.type() == raw) {
                throw JsonMappingException.from(ctxt, a.type().getName() + " is no alternative of " + raw.getName());
            }
        }
        return new AlternativesDeserializer(raw, found);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (alternatives == null) {
            throw JsonMappingException.from(ctxt, "AlternativesDeserializer used without its interface");
        }
        JsonNode tree = ctxt.readTree(p);
        Alternatives.Kind kind = kindOf(tree);
        List<Alternatives.Alternative> candidates = new ArrayList<>();
        for (Alternatives.Alternative a : alternatives.value()) {
            if (a.kind() == kind) {
                candidates.add(a);
            }
        }
        if (candidates.isEmpty()) {
            throw MismatchedInputException.from(
                    p,
                    type,
                    "expected " + expectedKinds() + " for " + type.getSimpleName() + " (one of "
                            + names(List.of(alternatives.value())) + "), found " + kind(tree));
        }
        boolean anyOf = alternatives.rule() == Alternatives.Rule.ANY_OF;
        String what = type.getSimpleName() + " (" + (anyOf ? "anyOf" : "oneOf") + ")";
        if (kind == Alternatives.Kind.OBJECT && !alternatives.discriminator().isEmpty()) {
            return discriminated(p, tree, candidates, what);
        }
        List<Object> matched = new ArrayList<>();
        List<Alternatives.Alternative> matching = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Alternatives.Alternative a : candidates) {
            Object value = bind(a, tree, reasons);
            if (value != null) {
                if (anyOf) {
                    return value;
                }
                matched.add(value);
                matching.add(a);
            }
        }
        if (matched.size() == 1) {
            return matched.get(0);
        }
        String message = matched.isEmpty()
                ? "no alternative of " + what + " matches: " + String.join("; ", reasons)
                : matched.size() + " alternatives of " + what + " match, not exactly one: " + names(matching);
        throw MismatchedInputException.from(p, type, message);
    }

    /**
     * An object of an interface with a discriminator: the object alternative its discriminator member names holds
     * it, or nothing does.
     */
    private Object discriminated(JsonParser p, JsonNode tree, List<Alternatives.Alternative> candidates, String what)
            throws IOException {
        String member = alternatives.discriminator();
        JsonNode value = tree.get(member);
        List<String> known = new ArrayList<>();
        for (Alternatives.Alternative a : candidates) {
            for (String v : a.discriminatorValues()) {
                known.add(TextNode.valueOf(v) + " (" + a.type().getSimpleName() + ")");
                if (value != null && value.isTextual() && value.textValue().equals(v)) {
                    List<String> reasons = new ArrayList<>();
                    Object bound = bind(a, tree, reasons);
                    if (bound != null) {
                        return bound;
                    }
                    throw MismatchedInputException.from(
                            p,
                            type,
                            "no alternative of " + what + " matches: \"" + member + "\" names " + reasons.get(0));
                }
            }
        }
        String found = value == null ? "absent" : value.toString();
        throw MismatchedInputException.from(
                p,
                type,
                "no alternative of " + what + " matches: its discriminator \"" + member + "\" is " + found
                        + ", not one of " + String.join(", ", known));
    }

    /** {@code a JSON string or array}: the JSON types the alternatives are read from, in their order. */
    private String expectedKinds() {
        List<String> kinds = new ArrayList<>();
        for (Alternatives.Alternative a : alternatives.value()) {
            String k = a.kind().name().toLowerCase(Locale.ROOT);
            if (!kinds.contains(k)) {
                kinds.add(k);
            }
        }
        return "a JSON " + String.join(" or ", kinds);
    }

    /** The JSON type of a value as the alternatives name it; {@code null} for JSON {@code null} and nothing. */
    private static Alternatives.Kind kindOf(JsonNode tree) {
        if (tree.isObject()) {
            return Alternatives.Kind.OBJECT;
        }
        if (tree.isArray()) {
            return Alternatives.Kind.ARRAY;
        }
        if (tree.isTextual()) {
            return Alternatives.Kind.STRING;
        }
        if (tree.isNumber()) {
            return Alternatives.Kind.NUMBER;
        }
        if (tree.isBoolean()) {
            return Alternatives.Kind.BOOLEAN;
        }
        return null;
    }

    /** The record of {@code a} read from {@code tree}; {@code null}, with the reason added, when it does not match. */
    private static Object bind(Alternatives.Alternative a, JsonNode tree, List<String> reasons) {
        String name = a.type().getSimpleName();
        for (String member : a.required()) {
            if (!tree.has(member)) {
                reasons.add(name + ": no member \"" + member + "\"");
                return null;
            }
        }
        for (String member : a.foreign()) {
            if (tree.has(member)) {
                reasons.add(name + ": \"" + member + "\" is a member of another alternative, which " + name
                        + " would drop");
                return null;
            }
        }
        for (Alternatives.Tag tag : a.tags()) {
            JsonNode member = tree.get(tag.member());
            if (member == null || !member.isTextual() || !member.textValue().equals(tag.value())) {
                reasons.add(name + ": \"" + tag.member() + "\" is not " + TextNode.valueOf(tag.value()));
                return null;
            }
        }
        try {
            return PictorJson.reader().forType(a.type()).readValue(tree);
        } catch (JsonProcessingException e) {
            reasons.add(name + ": " + where(e) + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            reasons.add(name + ": " + e);
            return null;
        }
    }

    /** {@code at /members/0: } for a failure inside the alternative's value, as a JSON Pointer into it. */
    private static String where(JsonProcessingException e) {
        Pointer pointer = Pointer.ROOT;
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    pointer = pointer.member(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    pointer = pointer.item(r.getIndex());
                }
            }
        }
        return pointer == Pointer.ROOT ? "" : "at " + pointer + ": ";
    }

    private static String names(List<Alternatives.Alternative> alternatives) {
        return String.join(
                ", ", alternatives.stream().map(a -> a.type().getSimpleName()).toList());
    }

    private static String kind(JsonNode tree) {
        return tree.isMissingNode() ? "nothing" : tree.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Class<?> handledType() {
        return type == null ? Object.class : type;
    }
}
