package dev.pictor.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value that remembers where it was written: file, line, column and its JSON Pointer in the document.
 * Jackson's {@code JsonNode} has no locations, so documents are read into this tree; {@link #toJackson()} gives the
 * plain value to libraries that need one.
 */
public sealed interface LocatedNode {

    SourceLocation location();

    String pointer();

    /** The JSON type name as JSON Schema spells it: object, array, string, number, integer, boolean, null. */
    String jsonType();

    JsonNode toJackson();

    /** The same value and locations, re-rooted under another pointer (used when a refinement grafts a value). */
    LocatedNode rebase(String newPointer);

    default Optional<LocatedObject> asObject() {
        return this instanceof LocatedObject o ? Optional.of(o) : Optional.empty();
    }

    default Optional<LocatedArray> asArray() {
        return this instanceof LocatedArray a ? Optional.of(a) : Optional.empty();
    }

    default Optional<String> asText() {
        return this instanceof LocatedString s ? Optional.of(s.value()) : Optional.empty();
    }

    default Optional<BigDecimal> asNumber() {
        return this instanceof LocatedNumber n ? Optional.of(n.value()) : Optional.empty();
    }

    /** The node at a pointer relative to this one, if there is one. */
    default Optional<LocatedNode> at(String relativePointer) {
        LocatedNode current = this;
        for (String token : JsonPointer.tokens(relativePointer)) {
            Optional<LocatedNode> next = Optional.empty();
            if (current instanceof LocatedObject o) {
                next = o.get(token);
            } else if (current instanceof LocatedArray a) {
                next = a.item(token);
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * The node at a pointer relative to this one or, when that does not exist, its nearest existing ancestor: where
     * a finding about a missing member is best reported.
     */
    default LocatedNode nearest(String relativePointer) {
        LocatedNode best = this;
        for (String token : JsonPointer.tokens(relativePointer)) {
            Optional<LocatedNode> next = best.at(JsonPointer.append("", token));
            if (next.isEmpty()) {
                break;
            }
            best = next.get();
        }
        return best;
    }

    /** A member of an object, with where its name was written. */
    record Member(String name, SourceLocation nameLocation, LocatedNode value) {}

    record LocatedObject(SourceLocation location, String pointer, List<Member> members) implements LocatedNode {
        public LocatedObject {
            members = List.copyOf(members);
        }

        public Optional<LocatedNode> get(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return Optional.of(m.value());
                }
            }
            return Optional.empty();
        }

        public Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }

        public boolean has(String name) {
            return get(name).isPresent();
        }

        public Optional<String> text(String name) {
            return get(name).flatMap(LocatedNode::asText);
        }

        public Optional<BigDecimal> number(String name) {
            return get(name).flatMap(LocatedNode::asNumber);
        }

        public Optional<LocatedObject> object(String name) {
            return get(name).flatMap(LocatedNode::asObject);
        }

        public Optional<LocatedArray> array(String name) {
            return get(name).flatMap(LocatedNode::asArray);
        }

        @Override
        public String jsonType() {
            return "object";
        }

        @Override
        public ObjectNode toJackson() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            members.forEach(m -> node.set(m.name(), m.value().toJackson()));
            return node;
        }

        @Override
        public LocatedObject rebase(String newPointer) {
            return new LocatedObject(
                    location,
                    newPointer,
                    members.stream()
                            .map(m -> new Member(
                                    m.name(),
                                    m.nameLocation(),
                                    m.value().rebase(JsonPointer.append(newPointer, m.name()))))
                            .toList());
        }
    }

    record LocatedArray(SourceLocation location, String pointer, List<LocatedNode> items) implements LocatedNode {
        public LocatedArray {
            items = List.copyOf(items);
        }

        Optional<LocatedNode> item(String token) {
            if (!token.matches("0|[1-9][0-9]{0,8}")) {
                return Optional.empty();
            }
            int index = Integer.parseInt(token);
            return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
        }

        @Override
        public String jsonType() {
            return "array";
        }

        @Override
        public ArrayNode toJackson() {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            items.forEach(i -> node.add(i.toJackson()));
            return node;
        }

        @Override
        public LocatedArray rebase(String newPointer) {
            List<LocatedNode> moved = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                moved.add(items.get(i).rebase(JsonPointer.append(newPointer, i)));
            }
            return new LocatedArray(location, newPointer, moved);
        }
    }

    record LocatedString(SourceLocation location, String pointer, String value) implements LocatedNode {
        public LocatedString {
            Objects.requireNonNull(value);
        }

        @Override
        public String jsonType() {
            return "string";
        }

        @Override
        public JsonNode toJackson() {
            return JsonNodeFactory.instance.textNode(value);
        }

        @Override
        public LocatedString rebase(String newPointer) {
            return new LocatedString(location, newPointer, value);
        }
    }

    /**
     * A number, kept exactly as written ({@code 1}, {@code 1.0} and {@code 1e2} stay apart in {@link #literal()}).
     */
    record LocatedNumber(SourceLocation location, String pointer, BigDecimal value, String literal)
            implements LocatedNode {
        /** Whether the value is mathematically an integer (JSON Schema counts {@code 1.0} as one). */
        public boolean integral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String jsonType() {
            return integral() ? "integer" : "number";
        }

        @Override
        public JsonNode toJackson() {
            if (integral() && !literal.contains(".") && !literal.contains("e") && !literal.contains("E")) {
                return JsonNodeFactory.instance.numberNode(value.toBigIntegerExact());
            }
            return JsonNodeFactory.instance.numberNode(value);
        }

        @Override
        public LocatedNumber rebase(String newPointer) {
            return new LocatedNumber(location, newPointer, value, literal);
        }
    }

    record LocatedBoolean(SourceLocation location, String pointer, boolean value) implements LocatedNode {
        @Override
        public String jsonType() {
            return "boolean";
        }

        @Override
        public JsonNode toJackson() {
            return JsonNodeFactory.instance.booleanNode(value);
        }

        @Override
        public LocatedBoolean rebase(String newPointer) {
            return new LocatedBoolean(location, newPointer, value);
        }
    }

    record LocatedNull(SourceLocation location, String pointer) implements LocatedNode {
        @Override
        public String jsonType() {
            return "null";
        }

        @Override
        public JsonNode toJackson() {
            return JsonNodeFactory.instance.nullNode();
        }

        @Override
        public LocatedNull rebase(String newPointer) {
            return new LocatedNull(location, newPointer);
        }
    }
}
