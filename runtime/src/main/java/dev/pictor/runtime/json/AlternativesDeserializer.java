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
 * Reads a generated sealed interface whose implementations are the alternatives of a {@code oneOf} or
 * {@code anyOf} of closed objects, as its {@link Alternatives} annotation lists them. The JSON value is read once, as
 * a tree; then each alternative is tried in the schema's order. An alternative matches when the value is an object
 * that has every member the alternative requires, holds the alternative's string in each of its tag members, and
 * binds to its record with the runtime's configuration
 * ({@link PictorJson}: no coercion, and a record of a closed schema refuses members it does not declare), whichever
 * mapper the surrounding value is read with.
 * <ul>
 *   <li>{@link Alternatives.Rule#ANY_OF}: the first alternative that matches holds the value;</li>
 *   <li>{@link Alternatives.Rule#ONE_OF}: exactly one alternative must match.</li>
 * </ul>
 * Anything else fails with a {@link MismatchedInputException} naming the interface and how many alternatives matched:
 * which ones, or why each did not. Matching decides the Java type only; the generated validator still checks the value
 * against the whole schema.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = AlternativesDeserializer.class)} and {@code @Alternatives} on
 * the interface; {@code @JsonDeserialize(using = JsonDeserializer.None.class)} on each alternative record, which would
 * otherwise inherit the interface's deserializer (Jackson applies class annotations of interfaces to their
 * implementations). Writing needs nothing: each record writes itself.
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
        if (!tree.isObject()) {
            throw MismatchedInputException.from(
                    p,
                    type,
                    "expected a JSON object for " + type.getSimpleName() + " (one of "
                            + names(List.of(alternatives.value())) + "), found " + kind(tree));
        }
        boolean anyOf = alternatives.rule() == Alternatives.Rule.ANY_OF;
        List<Object> matched = new ArrayList<>();
        List<Alternatives.Alternative> matching = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Alternatives.Alternative a : alternatives.value()) {
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
        String what = type.getSimpleName() + " (" + (anyOf ? "anyOf" : "oneOf") + ")";
        String message = matched.isEmpty()
                ? "no alternative of " + what + " matches: " + String.join("; ", reasons)
                : matched.size() + " alternatives of " + what + " match, not exactly one: " + names(matching);
        throw MismatchedInputException.from(p, type, message);
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
