package dev.pictor.core.fuzz;

/**
 * One change to a model document, as jqwik generates it: what to do, where (a fraction that picks one node of the
 * document, so that the same mutation applies to any document), which hostile value or keyword ({@code pick}, an index
 * into {@link Hostile}'s lists, taken modulo their size) and how much ({@code size}: nesting depth, repetitions).
 */
record Mutation(Kind kind, double where, int pick, int size) {

    /** The kinds of change, each a way documents break in the wild or in an attacker's hands. */
    enum Kind {
        /** Remove the member or item. */
        DELETE,
        /** Replace the value by a hostile string (line separators, NUL, backslashes, quotes, comment ends). */
        HOSTILE_STRING,
        /** Replace the value by a number Java and JSON Schema read differently or cannot expand. */
        HUGE_NUMBER,
        /** Replace the value by a value of another JSON type. */
        OTHER_VALUE,
        /** Copy the node to a second place: a sibling member or item, or another node's place. */
        DUPLICATE,
        /** Rename an object member to a hostile name. */
        RENAME,
        /** Change a schema's {@code type}. */
        CHANGE_TYPE,
        /** Add a keyword with an odd value to a schema ($ref, $dynamicRef, $id, $schema, pattern, enum, bounds...). */
        ADD_KEYWORD,
        /** Point a schema's {@code $ref} somewhere odd. */
        ODD_REF,
        /** Wrap the node in many levels of schemas or arrays. */
        NEST,
        /** Write one member twice in the text, which the tree cannot hold. */
        DUPLICATE_KEY,
        /** Give a schema many properties or enum values. */
        MANY
    }
}
