package dev.pictor.core.compat;

/**
 * Classifies the changes of one family of keywords (types, numeric bounds, enum and const...) between two paired
 * schemas. {@link SchemaPairWalker} runs every comparator on every pair it finds; a comparator looks at the two
 * schemas it is given only, never into their subschemas, which the walker pairs in turn.
 */
interface KeywordComparator {

    /** Reports each change of this comparator's keywords between {@code pair.older()} and {@code pair.newer()}. */
    void compare(PairedNodes pair, ChangeReport out);
}
