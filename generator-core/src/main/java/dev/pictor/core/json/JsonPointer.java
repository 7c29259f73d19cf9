package dev.pictor.core.json;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointers as plain strings: {@code ""} is the root, {@code "/input/properties/a~1b"} a member. */
public final class JsonPointer {

    private JsonPointer() {
    }

    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; {@code ""} has none. */
    public static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** True when {@code pointer} is {@code ancestor} or lies below it. */
    public static boolean isAtOrBelow(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }
}
