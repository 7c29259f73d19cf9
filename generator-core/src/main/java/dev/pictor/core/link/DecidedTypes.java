package dev.pictor.core.link;

import java.util.HashMap;
import java.util.Map;

/**
 * The Java type decided for each schema id, with the names of the records, enums and unions among them counted
 * without regard to case: whether a type name is taken is one lookup, not a pass over every type decided so far
 * (which made an object of 40,000 properties link in quadratic time).
 */
final class DecidedTypes {

    /** The type of each schema id. */
    private final Map<String, JavaType> byId = new HashMap<>();

    /** How many decided types bear each name, by {@link #key}. */
    private final Map<String, Integer> names = new HashMap<>();

    /** The type decided for {@code id}, or null. */
    JavaType get(String id) {
        return byId.get(id);
    }

    /** The type decided for {@code id}, or {@code fallback}. */
    JavaType getOrDefault(String id, JavaType fallback) {
        return byId.getOrDefault(id, fallback);
    }

    /** Decides (or decides again) the type of {@code id}. */
    void put(String id, JavaType type) {
        count(byId.put(id, type), -1);
        count(type, 1);
    }

    /** Whether a record, enum or union of this name, in any case, is among the decided types. */
    boolean hasName(String name) {
        return names.containsKey(key(name));
    }

    private void count(JavaType type, int change) {
        String name = type == null ? "" : nameOf(NullableMapper.valueOf(type));
        if (!name.isEmpty()) {
            names.merge(key(name), change, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private static String nameOf(JavaType type) {
        if (type instanceof JavaType.RecordRef r) {
            return r.simpleName();
        }
        if (type instanceof JavaType.EnumRef e) {
            return e.simpleName();
        }
        if (type instanceof JavaType.OpenEnumRef o) {
            return o.simpleName();
        }
        return type instanceof JavaType.UnionRef u ? u.simpleName() : "";
    }

    /** Equal for two names exactly when {@link String#equalsIgnoreCase} holds for them. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }
}
