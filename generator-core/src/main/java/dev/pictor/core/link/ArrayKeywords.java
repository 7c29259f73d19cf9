package dev.pictor.core.link;

import java.util.Optional;

/**
 * What an array schema says beyond its items' schemas: whether items repeat, and how many must match a schema.
 *
 * @param uniqueItems {@code uniqueItems: true}: no two items are equal as JSON values
 * @param contains    node id of {@code contains}: some items (by default at least one) must pass it
 * @param minContains {@code minContains} (draft 2020-12), only meaningful beside {@code contains}
 * @param maxContains {@code maxContains} (draft 2020-12), only meaningful beside {@code contains}
 */
public record ArrayKeywords(
        boolean uniqueItems, Optional<String> contains, Optional<Long> minContains, Optional<Long> maxContains) {

    /** An array schema that says none of these. */
    public static final ArrayKeywords NONE =
            new ArrayKeywords(false, Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether none of these keywords is written. */
    public boolean isEmpty() {
        return !uniqueItems && contains.isEmpty() && minContains.isEmpty() && maxContains.isEmpty();
    }
}
