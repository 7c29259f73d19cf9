package dev.pictor.runtime.validation;

/**
 * Builds JSON Pointers (RFC 6901) for {@link Violation}s. Generated validators write the pointers of fixed members
 * as constants; these are for the parts known only at run time (array indexes, map keys).
 */
public final class Pointers {

    /** The pointer to the whole document: the empty string. */
    public static final String ROOT = "";

    private Pointers() {
    }

    /** The pointer to member {@code name} of the object at {@code parent} ({@code ~} and {@code /} escaped). */
    public static String member(String parent, String name) {
        return parent + "/" + escape(name);
    }

    /** The pointer to item {@code index} of the array at {@code parent}. */
    public static String item(String parent, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return parent + "/" + index;
    }

    /** {@code name} as one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
