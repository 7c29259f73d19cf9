package dev.pictor.core.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@link Mutation}s to a copy of a seed model document and writes the result as JSON text. */
final class DocumentMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A place in the tree: a member of an object or an item of an array. */
    private record Slot(JsonNode container, String name, int index) {

        JsonNode value() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private DocumentMutator() {}

    /**
     * The seed with its {@code model} member set to {@code model} (so that each document of a root is its own model),
     * then mutated.
     */
    static String mutate(ObjectNode seed, String model, List<Mutation> mutations) {
        ObjectNode doc = seed.deepCopy();
        doc.put("model", model);
        for (Mutation m : mutations) {
            apply(doc, m);
        }
        try {
            return Hostile.expand(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void apply(ObjectNode doc, Mutation m) {
        List<Slot> all = new ArrayList<>();
        collect(doc, all);
        if (all.isEmpty()) {
            return;
        }
        List<Slot> objects =
                all.stream().filter(s -> s.value() instanceof ObjectNode).toList();
        Slot slot = at(all, m.where());
        switch (m.kind()) {
            case DELETE -> slot.remove();
            case HOSTILE_STRING -> slot.set(NODES.textNode(Hostile.pick(Hostile.STRINGS, m.pick())));
            case HUGE_NUMBER -> slot.set(Hostile.number(m.pick()));
            case OTHER_VALUE -> slot.set(Hostile.pick(Hostile.VALUES, m.pick()).deepCopy());
            case DUPLICATE -> duplicate(slot, all, m);
            case RENAME -> rename(slot, Hostile.pick(Hostile.NAMES, m.pick()));
            case CHANGE_TYPE ->
                schema(objects, m)
                        .set("type", Hostile.pick(Hostile.TYPES, m.pick()).deepCopy());
            case ADD_KEYWORD -> {
                Hostile.Keyword k = Hostile.pick(Hostile.KEYWORDS, m.pick());
                schema(objects, m).set(k.name(), k.value().deepCopy());
            }
            case ODD_REF -> schema(objects, m).put("$ref", Hostile.pick(Hostile.REFS, m.pick()));
            case NEST -> slot.set(nest(slot.value(), m.size(), m.pick()));
            case DUPLICATE_KEY -> duplicateKey(schema(objects, m), m.pick());
            case MANY -> many(schema(objects, m), m);
        }
    }

    /** Every slot of the tree, in document order. */
    private static void collect(JsonNode node, List<Slot> into) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> member : o.properties()) {
                into.add(new Slot(o, member.getKey(), -1));
                collect(member.getValue(), into);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                into.add(new Slot(a, null, i));
                collect(a.get(i), into);
            }
        }
    }

    private static Slot at(List<Slot> slots, double where) {
        return slots.get(Math.min(slots.size() - 1, (int) (where * slots.size())));
    }

    /** An object of the document (most are schemas); the document itself when it has none. */
    private static ObjectNode schema(List<Slot> objects, Mutation m) {
        return objects.isEmpty()
                ? NODES.objectNode()
                : (ObjectNode) at(objects, m.where()).value();
    }

    private static void duplicate(Slot slot, List<Slot> all, Mutation m) {
        JsonNode copy = slot.value().deepCopy();
        if (m.pick() % 2 == 0) {
            // a copy in another place: the copy may refer to what is not there
            at(all, (m.where() + 0.5) % 1.0).set(copy);
        } else if (slot.name() != null) {
            String name = switch (Math.floorMod(m.pick(), 7)) {
                case 1 -> slot.name().toUpperCase(java.util.Locale.ROOT);
                case 3 -> slot.name() + "_";
                case 5 -> slot.name().replace('_', '-') + "-";
                default -> slot.name() + "2";
            };
            ((ObjectNode) slot.container()).set(name, copy);
        } else {
            ((ArrayNode) slot.container()).insert(slot.index(), copy);
        }
    }

    /** Renames the member in place, keeping the order of the others; an item of an array is left alone. */
    private static void rename(Slot slot, String name) {
        if (slot.name() == null || slot.name().equals(name)) {
            return;
        }
        ObjectNode o = (ObjectNode) slot.container();
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            members.put(e.getKey().equals(slot.name()) ? name : e.getKey(), e.getValue());
        }
        o.removeAll();
        members.forEach(o::set);
    }

    private static JsonNode nest(JsonNode value, int depth, int pick) {
        JsonNode out = value;
        for (int i = 0; i < depth; i++) {
            out = switch (Math.floorMod(pick, 3)) {
                case 0 -> {
                    ObjectNode o = NODES.objectNode().put("type", "object");
                    o.putObject("properties").set("level" + i, out);
                    yield o;
                }
                case 1 -> {
                    ObjectNode o = NODES.objectNode();
                    o.putArray("allOf").add(out);
                    yield o;
                }
                default -> NODES.arrayNode().add(out);
            };
        }
        return out;
    }

    private static void duplicateKey(ObjectNode o, int pick) {
        List<String> names = new ArrayList<>();
        o.properties().forEach(e -> names.add(e.getKey()));
        String name = names.isEmpty() ? "type" : Hostile.pick(names, pick);
        o.set(Hostile.duplicateOf(name), Hostile.pick(Hostile.VALUES, pick).deepCopy());
    }

    private static void many(ObjectNode o, Mutation m) {
        if (m.pick() % 2 == 0) {
            o.put("type", "object");
            o.set("properties", Hostile.manyProperties(m.size()));
        } else {
            o.set("enum", Hostile.manyValues(m.size() * 12));
        }
    }
}
