package dev.pictor.runtime.validation;

import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a value as it would be sent: {@link #ROOT} for the value itself, then one reference
 * token per member name or array index. Generated validators build one per value they descend into; it is a link to
 * its parent and is rendered as text only when read ({@link #toString()}), so a validation that finds violations
 * formats nothing until a violation is looked at.
 *
 * <p>Immutable and thread-safe. Two pointers are equal when their texts are.
 */
public final class Pointer {

    /** The pointer to the whole value: the empty string. */
    public static final Pointer ROOT = new Pointer(null, null, -1);

    final Pointer parent;
    /** The member name (unescaped), or {@code null} for an array item. */
    final String name;

    final int index;

    private Pointer(Pointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The pointer to member {@code name} of the object at this pointer. */
    public Pointer member(String name) {
        return new Pointer(this, Objects.requireNonNull(name, "name"), -1);
    }

    /** The pointer to item {@code index} of the array at this pointer. */
    public Pointer item(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new Pointer(this, null, index);
    }

    /**
     * The pointer {@code text}, which must be empty or start with {@code /}, with {@code ~} written only as
     * {@code ~0} or {@code ~1}.
     *
     * @throws IllegalArgumentException when {@code text} is not a JSON Pointer
     */
    public static Pointer parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("not a JSON Pointer (must be empty or start with '/'): " + text);
        }
        Pointer p = ROOT;
        int start = 1;
        while (true) {
            int end = text.indexOf('/', start);
            String token = text.substring(start, end < 0 ? text.length() : end);
            String name = unescape(token);
            if (name == null) {
                throw new IllegalArgumentException("not a JSON Pointer ('~' must be followed by 0 or 1): " + text);
            }
            p = p.member(name);
            if (end < 0) {
                return p;
            }
            start = end + 1;
        }
    }

    /** {@code name} as one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '~') {
                sb.append(c);
            } else if (i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
                sb.append(token.charAt(++i) == '0' ? '~' : '/');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** The pointer as text: {@code ""}, {@code "/num_steps"}, {@code "/images/2"}, {@code "/a~1b"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        sb.append('/');
        if (name == null) {
            sb.append(index);
        } else {
            sb.append(escape(name));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pointer other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
