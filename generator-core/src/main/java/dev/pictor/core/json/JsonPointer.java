package dev.pictor.core.json;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointers as plain strings: {@code ""} is the root, {@code "/input/properties/a~1b"} a member. */
public final class JsonPointer {

    private JsonPointer() {}

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

    /**
     * The JSON Pointer of a URI fragment ({@code #/$defs/a%25b} holds {@code /$defs/a%b}): percent-escapes decoded
     * as UTF-8, a {@code +} kept as it is.
     */
    public static String fromUriFragment(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < fragment.length()) {
            int c = fragment.codePointAt(i);
            if (c == '%'
                    && i + 2 < fragment.length()
                    && isHex(fragment.charAt(i + 1))
                    && isHex(fragment.charAt(i + 2))) {
                bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** True when {@code pointer} is {@code ancestor} or lies below it. */
    public static boolean isAtOrBelow(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }
}
