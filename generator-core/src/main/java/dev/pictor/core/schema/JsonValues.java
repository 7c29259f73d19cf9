package dev.pictor.core.schema;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.HashMap;
import java.util.Map;

/** JSON values as JSON Schema compares them, and as messages show them. */
public final class JsonValues {

    /** Longer renderings are cut, so that a message stays on one readable line. */
    static final int MAX_RENDERED = 60;

    private JsonValues() {}

    /** JSON Schema equality: numbers by value ({@code 1} equals {@code 1.0}), objects regardless of member order. */
    public static boolean equal(LocatedNode a, LocatedNode b) {
        if (a instanceof LocatedNumber x && b instanceof LocatedNumber y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof LocatedArray x && b instanceof LocatedArray y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!equal(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LocatedObject x && b instanceof LocatedObject y) {
            if (x.members().size() != y.members().size()) {
                return false;
            }
            Map<String, LocatedNode> others = new HashMap<>(); // one lookup per member, however many there are
            for (Member m : y.members()) {
                others.put(m.name(), m.value());
            }
            for (Member m : x.members()) {
                LocatedNode other = others.get(m.name());
                if (other == null || !equal(m.value(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LocatedNumber || b instanceof LocatedNumber || a.getClass() != b.getClass()) {
            return false;
        }
        return a.toJackson().equals(b.toJackson());
    }

    /** The value as compact JSON, numbers as written, cut after {@value #MAX_RENDERED} characters. */
    public static String render(LocatedNode value) {
        String text = value instanceof LocatedNumber n
                ? n.literal()
                : value.toJackson().toString();
        return cut(text);
    }

    /** A string (a pattern, a name) as a JSON string, cut as {@link #render(LocatedNode)} cuts. */
    public static String render(String text) {
        return cut(TextNode.valueOf(text).toString());
    }

    private static String cut(String text) {
        return text.length() <= MAX_RENDERED ? text : text.substring(0, MAX_RENDERED) + "...";
    }
}
